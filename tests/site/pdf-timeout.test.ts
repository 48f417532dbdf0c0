/**
 * A page that never becomes ready to print (here: its chart script is missing, as it was when the
 * pages were served outside their base) stops the PDF step with the page and the step named,
 * instead of waiting for ever.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PDF_MANIFEST } from '../../scripts/lib/build-paths.ts';
import type { PdfTarget } from '../../src/data/pdfs.ts';
import { DIST, PROJECT_ROOT, productionBuildEnv } from './built-site.ts';

const work = mkdtempSync(join(tmpdir(), 'pdf-timeout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a page whose chart script never loads is named in the error', () => {
  const site = join(work, 'site');
  cpSync(DIST, site, { recursive: true, filter: (path) => !path.startsWith(join(DIST, 'pdf')) });
  for (const file of readdirSync(join(site, '_astro')))
    if (file.startsWith('TrendChart')) rmSync(join(site, '_astro', file));
  // One chapter with a chart is enough to show it.
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, PDF_MANIFEST), 'utf8')) as {
    base: string;
    years: { author: string; targets: PdfTarget[] }[];
  };
  const years = manifest.years.map((year) => ({
    ...year,
    targets: year.targets.filter((target) => target.page === '/2017/operations/'),
  }));
  writeFileSync(join(site, 'pdf-targets.json'), JSON.stringify({ ...manifest, years }));

  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts/pdf.ts'), '--site', site, '--out', join(work, 'pdf')],
    { encoding: 'utf8', env: { ...productionBuildEnv(), PDF_STEP_TIMEOUT_MS: '3000' } },
  );
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain(
    'pdf: /2017/operations/ did not load its chart script within 3 s. Open the page in a browser (npm run preview) and look for a missing file or a script error.',
  );
});
