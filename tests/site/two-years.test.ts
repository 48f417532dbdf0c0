/**
 * A site with two report years, the second made with `npm run new-year` and filled in as an editor
 * would (tests/fixtures/two-years): built with the real src/ in production mode.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT, productionBuildEnv } from './built-site.ts';

const ROOT = join(PROJECT_ROOT, 'tests/fixtures/two-years');
const page = (path: string) => readFileSync(join(ROOT, 'dist', path, 'index.html'), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(() => {
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: productionBuildEnv(),
    },
  );
  if (result.status !== 0)
    throw new Error(`The two-year fixture did not build:\n${result.stdout}\n${result.stderr}`);
});

test('the root leads to the latest year', () => {
  expect(readFileSync(join(ROOT, 'dist/index.html'), 'utf8')).toMatch(/url=\/2018\//);
});

test('every page offers the same page in the other year, and says which report it is', () => {
  expect(page('2018/intro')).toContain('href="/2017/intro/"');
  expect(page('2017/intro')).toContain('href="/2018/intro/"');
  expect(page('2017/kpis')).toContain('href="/2018/kpis/"');
  expect(text(page('2018/intro'))).toContain('当前报告： 2018');
});

test('a draft chapter is not published', () => {
  expect(existsSync(join(ROOT, 'dist/2018/extra/index.html'))).toBe(false);
  expect(page('2018')).not.toContain('尚未完成的一章');
});

test("the 2018 KPI page joins the 2017 report's series: 2015–2018, with the declared restatement noted", () => {
  const html = page('2018/kpis');
  const card = html.slice(html.indexOf('id="kpi-office-power"'));
  const cells = [
    ...card.slice(0, card.indexOf('</table>')).matchAll(/<t[hd][^>]*>([^<]+)<\/t[hd]>/g),
  ].map((m) => m[1]);
  expect(cells).toEqual(['2015', '2016', '2017', '2018', '215', '300', '365', '390']);
  expect(text(card)).toContain(
    '2017 年数值在《2018 降碳报告》中重述为 365（此前发布为 370）：2018 年报告按新的计量范围重新统计',
  );
});

test('a corrected figure of the 2017 report is shown with its correction, in 2017 and in 2018', () => {
  const note =
    '2015 年数值于 2018-09-14 更正为 215（原发布为 205）：2015 年数值误印为 205，按统计台账更正为 215。';
  const html2017 = page('2017/kpis');
  const card = html2017.slice(html2017.indexOf('id="kpi-office-power"'));
  expect(text(card.slice(0, card.indexOf('</article>')))).toContain(note);
  const table = html2017.slice(html2017.indexOf('class="kpi-table"'));
  expect(text(table.slice(0, table.indexOf('</table>')))).toContain(note);
  const html2018 = page('2018/kpis');
  const card2018 = html2018.slice(html2018.indexOf('id="kpi-office-power"'));
  expect(text(card2018.slice(0, card2018.indexOf('</article>')))).toContain(
    `《2017 降碳报告》：${note}`,
  );
});

test('the sealed years, one with a declared correction, pass the check', () => {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test('an undeclared restatement stops the check, naming both files, the KPI, the year and both values', () => {
  const copy = mkdtempSync(join(tmpdir(), 'two-years-'));
  try {
    cpSync(join(ROOT, 'content'), join(copy, 'content'), { recursive: true });
    const file = join(copy, 'content/2018/kpis.json');
    const kpis = JSON.parse(readFileSync(file, 'utf8'));
    kpis.restatements = [];
    writeFileSync(file, JSON.stringify(kpis, null, 2));
    const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts')], {
      cwd: copy,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '› groups[0].rows[1].values.2017: The KPI "office-power" gives 2017 as 365 here, but content/2017/kpis.json published 370. If the 2018 report restates the figure, declare it: add { "kpi": "office-power", "year": 2017, "reason": "…" } to "restatements". Otherwise write 370.',
    );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('a preview build (npm run build:preview) shows the draft chapter', () => {
  const outDir = join(ROOT, 'dist-preview');
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...productionBuildEnv(), SHOW_DRAFTS: 'true' },
    },
  );
  try {
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(outDir, '2018/extra/index.html'), 'utf8')).toContain('尚未完成的一章');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
