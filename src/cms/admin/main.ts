/**
 * The CMS at /admin/: Decap from npm with its Chinese interface, the site's content tags as editor
 * components, the CMS's own widgets, and the configuration the build generated (src/cms/config.ts),
 * read from the page. Decap's ES module does not start by itself; CMS.init starts it.
 */
import CMS from 'decap-cms-app';
import { zh_Hans } from 'decap-cms-locales';
import { JSON_FORMAT } from '../formats.ts';
import { editorComponents } from './editor-components.ts';
import { KpiValueControl, ValuePreview, YearValuesControl } from './widgets.ts';

const source = document.getElementById('cms-config');
const config = JSON.parse(source?.dataset['config'] ?? '{}') as Record<string, unknown>;

CMS.registerLocale('zh_Hans', zh_Hans);
CMS.registerCustomFormat(JSON_FORMAT, 'json', {
  fromFile: (text: string) => JSON.parse(text) as unknown,
  toFile: (data: unknown) => `${JSON.stringify(data)}\n`,
});
CMS.registerWidget('kpi-value', KpiValueControl, ValuePreview);
CMS.registerWidget('year-values', YearValuesControl, ValuePreview);
for (const component of editorComponents()) CMS.registerEditorComponent(component);
// The configuration is generated and checked against the schemas (tests/unit/cms/config.test.ts).
CMS.init({ config } as unknown as Parameters<typeof CMS.init>[0]);
