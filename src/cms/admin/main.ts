/**
 * The CMS at /admin/: Decap from npm with its Chinese interface, the site's content tags as editor
 * components, the CMS's own widgets, and the configuration the build generated (src/cms/config.ts),
 * read from the page. Decap's ES module does not start by itself; CMS.init starts it.
 */
import CMS from 'decap-cms-app';
import { zh_Hans } from 'decap-cms-locales';
import type { CmsField } from '../fields.ts';
import { JSON_FORMAT, MDX_FORMAT } from '../formats.ts';
import { type MdxMemory, readMdx, writeMdx } from '../mdx-format.ts';
import { jsonFileText, readJsonFile } from '../json-format.ts';
import type { Layout } from '../json-layout.ts';
import { NEW_FILE_FIELD } from '../config.ts';
import { nameUnnamedControls } from './accessible-names.ts';
import { editorComponents } from './editor-components.ts';
// The preview pane is styled by the site's own stylesheets, so an entry reads as its page does.
import tokens from '../../styles/tokens.css?url';
import site from '../../styles/global.css?url';
import { checkBeforeSaving } from './pre-save.ts';
import { formattedJson, prepareJson } from './prettier-json.ts';
import { FileIdControl, KpiValueControl, ValuePreview, YearValuesControl } from './widgets.ts';

const source = document.getElementById('cms-config');
const config = JSON.parse(source?.dataset['config'] ?? '{}') as Record<string, unknown>;

CMS.registerLocale('zh_Hans', zh_Hans);
const collections = (config['collections'] ?? []) as { files?: { fields: CmsField[] }[] }[];
const jsonFiles = collections.flatMap((c) => c.files ?? []).map((file) => file.fields);
const layouts = new Map<string, Layout>();
const jsonText = (data: unknown) =>
  jsonFileText(data as Parameters<typeof jsonFileText>[0], jsonFiles, layouts);
CMS.registerCustomFormat(JSON_FORMAT, 'json', {
  fromFile: (text: string) => readJsonFile(text, layouts),
  toFile: (data: unknown) => formattedJson(jsonText(data)),
});
const mdxMemory: MdxMemory = new Map();
CMS.registerCustomFormat(MDX_FORMAT, 'mdx', {
  fromFile: (text: string) => readMdx(text, mdxMemory),
  toFile: (data: unknown, order?: string[]) => {
    const { [NEW_FILE_FIELD]: _, ...fields } = data as Record<string, unknown>;
    return writeMdx(fields, mdxMemory, order ?? []);
  },
});
CMS.registerPreviewStyle(tokens);
CMS.registerPreviewStyle(site);
CMS.registerWidget('kpi-value', KpiValueControl, ValuePreview);
CMS.registerWidget('year-values', YearValuesControl, ValuePreview);
CMS.registerWidget('file-id', FileIdControl, ValuePreview);
CMS.registerEventListener({
  name: 'preSave',
  handler: async ({ entry }: { entry: Parameters<typeof checkBeforeSaving>[0]['entry'] }) => {
    const data = checkBeforeSaving({ entry });
    if (String(entry.get('collection')).endsWith('-files'))
      await prepareJson(jsonText(data.toJS()));
    return data;
  },
});
for (const component of editorComponents()) CMS.registerEditorComponent(component);
// The configuration is generated and checked against the schemas (tests/unit/cms/config.test.ts).
CMS.init({ config } as unknown as Parameters<typeof CMS.init>[0]);
nameUnnamedControls();
