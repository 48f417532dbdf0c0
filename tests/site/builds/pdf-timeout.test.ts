/**
 * A page that never becomes ready to print (here: its script is missing, as it was when the pages
 * were served outside their base) stops the PDF step with the page and the step named, instead of
 * waiting for ever. The PDF step runs on a copy of the real dist/ (`npm run build` first).
 */
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { SITE_MANIFEST } from '../../../scripts/lib/build-paths.ts';
import { SITE_MANIFEST_FILE, type SiteManifest } from '../../../src/publish/manifest.ts';
import { DIST, PROJECT_ROOT } from '../../support/built-site.ts';
import { removeFolder, run, scratchFolder, script } from '../../support/fixture-site.ts';

const work = scratchFolder('pdf-timeout-', tmpdir());
afterAll(() => removeFolder(work));

test('a page whose script never loads is named in the error', () => {
  const site = join(work, 'site');
  cpSync(DIST, site, { recursive: true, filter: (path) => !path.startsWith(join(DIST, 'pdf')) });
  // The page's one module (src/components/PageModule.astro), which the chart element comes with.
  const modules = readdirSync(join(site, '_astro')).filter((file) => file.startsWith('PageModule'));
  expect(modules).toHaveLength(1);
  for (const file of modules) rmSync(join(site, '_astro', file));
  // One chapter with a chart is enough to show it.
  const manifest = JSON.parse(
    readFileSync(join(PROJECT_ROOT, SITE_MANIFEST), 'utf8'),
  ) as SiteManifest;
  const pdfs = manifest.pdfs.filter((target) => target.page === '/2017/operations/');
  writeFileSync(join(site, SITE_MANIFEST_FILE), JSON.stringify({ ...manifest, pdfs }));

  const result = run(script('pdf.ts', '--site', site, '--out', join(work, 'pdf')), {
    env: { PDF_STEP_TIMEOUT_MS: '3000' },
  });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain(
    'pdf：/2017/operations/ 未能在 3 秒内启动页面脚本。请在浏览器中打开这一页（npm run preview），查找缺失的文件或脚本错误。',
  );
});
