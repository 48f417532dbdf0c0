/**
 * A site with two report years, the second made with `npm run new-year` and filled in as an editor
 * would (tests/fixtures/two-years): built with the real src/ in production mode, and indexed for
 * search as the publishing build indexes it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchOptions } from '../../../scripts/lib/browser.ts';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';
import {
  byTag,
  classesOf,
  parseHtml,
  parseXml,
  readableText,
  textOf,
  type HtmlDocument,
} from '../../../scripts/lib/html.ts';
import { PROJECT_ROOT, builtPages } from '../../support/built-site.ts';
import {
  FIXTURES,
  astro,
  fixtureProject,
  removeFolder,
  run,
  scratchFolder,
  script,
} from '../../support/fixture-site.ts';

const ROOT = join(FIXTURES, 'two-years');
const SITE = 'https://reports.example.org/';
const page = (path: string) =>
  parseHtml(readFileSync(join(ROOT, 'dist', path, 'index.html'), 'utf8'));
/** Where a page's links lead. */
const links = (document: HtmlDocument) =>
  byTag(document, 'a').map(({ attribs }) => attribs['href']);
/** The first table of a page with this class. */
const table = (document: HtmlDocument, name: string) =>
  byTag(document, 'table').find((element) => classesOf(element).includes(name))!;

beforeAll(() => {
  removeFolder(join(ROOT, 'dist'));
  const result = run(astro('build'), { cwd: ROOT, env: { SITE_URL: SITE } });
  if (result.status !== 0) throw new Error(`The two-year fixture did not build:\n${result.output}`);
  const index = run([join(PROJECT_ROOT, 'node_modules/.bin/pagefind'), '--site', 'dist'], {
    cwd: ROOT,
    inheritEnv: true,
  });
  if (index.status !== 0) throw new Error(`The two-year fixture was not indexed:\n${index.output}`);
});

test('the root leads to the latest year', () => {
  expect(readFileSync(join(ROOT, 'dist/index.html'), 'utf8')).toMatch(/url=\/2018\//);
});

test('every page offers the same page in the other year, and says which report it is', () => {
  expect(links(page('2018/intro'))).toContain('/2017/intro/');
  expect(links(page('2017/intro'))).toContain('/2018/intro/');
  expect(links(page('2017/kpis'))).toContain('/2018/kpis/');
  expect(readableText(page('2018/intro'))).toContain('当前报告： 2018');
});

test('the sitemap lists every page of both years, and robots.txt points to it', () => {
  const index = readFileSync(join(ROOT, 'dist/sitemap-index.xml'), 'utf8');
  const locations = (xml: string) => byTag(parseXml(xml), 'loc').map((loc) => textOf(loc));
  const listed = locations(index).flatMap((url) =>
    locations(readFileSync(join(ROOT, 'dist', new URL(url).pathname), 'utf8')),
  );
  const pages = builtPages(join(ROOT, 'dist'))
    .map(([path]) => path)
    .filter((path) => !['/', '/404.html'].includes(path) && !path.endsWith('/print/'))
    .map((path) => new URL(path, SITE).href);
  expect(listed.sort()).toEqual(pages.sort());
  expect(listed).toContain(`${SITE}2018/intro/`);
  expect(listed).toContain(`${SITE}2017/intro/`);
  expect(listed.filter((url) => url.includes('/extra/'))).toEqual([]);
  expect(readFileSync(join(ROOT, 'dist/robots.txt'), 'utf8')).toContain(
    `Sitemap: ${SITE}sitemap-index.xml`,
  );
});

test('a draft chapter is not published', () => {
  expect(existsSync(join(ROOT, 'dist/2018/extra/index.html'))).toBe(false);
  expect(readableText(page('2018'))).not.toContain('尚未完成的一章');
});

test("the 2018 indicator page joins the 2017 report's series: 2015–2018, the restatement in its table", () => {
  const indicator = page('2018/kpis/office-power');
  const rows = byTag(table(indicator, 'kpi-records'), 'tr')
    .slice(1)
    .map((row) => readableText(row));
  expect(rows).toEqual([
    '2015 215 《2017 降碳报告》 首次发布：205（《2017 降碳报告》） 《2017 降碳报告》于 2018-09-14 更正：205 → 215（2015 年数值误印为 205，按统计台账更正为 215。）',
    '2016 300 《2018 降碳报告》',
    '2017 365 《2018 降碳报告》 首次发布：370（《2017 降碳报告》） 《2018 降碳报告》重述：370 → 365（2018 年报告按新的计量范围重新统计）',
    '2018 390 《2018 降碳报告》',
  ]);
  expect(readableText(indicator)).toContain(
    '2017 年数值在《2018 降碳报告》中重述为 365（此前发布为 370）：2018 年报告按新的计量范围重新统计',
  );
  // The year switch leads to the same indicator in the other year.
  expect(links(indicator)).toContain('/2017/kpis/office-power/');
  expect(links(page('2017/kpis/office-power'))).toContain('/2018/kpis/office-power/');
});

test('a corrected figure of the 2017 report is shown with its correction, in 2017 and in 2018', () => {
  const note =
    '2015 年数值于 2018-09-14 更正为 215（原发布为 205）：2015 年数值误印为 205，按统计台账更正为 215。';
  expect(readableText(table(page('2017/kpis'), 'kpi-table'))).toContain(note);
  expect(readableText(page('2017/kpis/office-power'))).toContain(note);
  expect(readableText(page('2018/kpis/office-power'))).toContain(`《2017 降碳报告》：${note}`);
});

test('the sealed years, one with a declared correction, pass the check', () => {
  const result = run(script('check.ts'), { cwd: ROOT, inheritEnv: true });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test('an undeclared restatement stops the check, naming both files, the KPI, the year and both values', () => {
  const copy = fixtureProject(scratchFolder('two-years-', tmpdir()), {
    content: join(ROOT, 'content'),
    config: false,
  });
  try {
    const file = join(copy, 'content/2018/kpis.json');
    const kpis = JSON.parse(readFileSync(file, 'utf8'));
    kpis.restatements = [];
    writeFileSync(file, JSON.stringify(kpis, null, 2));
    const result = run(script('check.ts'), { cwd: copy, inheritEnv: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '› groups[0].rows[1].values.2017：指标 "office-power" 2017 年的数值在此为 365，而之前的报告（content/2017/kpis.json）中为 370。已发布的数值只有声明为重述才能改变。若《2018 降碳报告》重述了这个数值，请在 "restatements" 中加上 { "kpi": "office-power", "year": 2017, "reason": "待填写：重述原因" }',
    );
  } finally {
    removeFolder(copy);
  }
});

test('a preview build (npm run build:preview) shows the draft chapter, and writes no sitemap', () => {
  const outDir = join(ROOT, 'dist-preview');
  removeFolder(outDir);
  const result = run(astro('build', '--outDir', outDir), {
    cwd: ROOT,
    env: { SHOW_DRAFTS: 'true', SITE_URL: SITE },
  });
  try {
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(outDir, '2018/extra/index.html'), 'utf8')).toContain('尚未完成的一章');
    expect(existsSync(join(outDir, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
  } finally {
    removeFolder(outDir);
  }
});

describe('search across the two years', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startStaticServer(join(ROOT, 'dist'));
    browser = await chromium.launch(launchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Each result the search page shows for `query`, read from `year`'s search page. */
  async function results(year: number, query: string, allYears = false) {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/${year}/search/?q=${encodeURIComponent(query)}`);
      const shown = page.locator('#search .pf-result');
      await shown.first().locator('.result-year').waitFor();
      if (allYears) {
        const before = await shown.count();
        await page.getByRole('checkbox', { name: '搜索所有年份的报告' }).check();
        await page.waitForFunction(
          (n) => document.querySelectorAll('#search .pf-result .result-year').length > n,
          before,
        );
      }
      return await shown.evaluateAll((items) =>
        items.map((item) => ({
          page: new URL(item.querySelector<HTMLAnchorElement>('.pf-result-link')!.href).pathname,
          year: item.querySelector('.result-year')?.textContent?.trim(),
        })),
      );
    } finally {
      await page.close();
    }
  }

  test("a year's search finds only that year's pages, each result naming the year", async () => {
    for (const year of [2017, 2018]) {
      const found = await results(year, '管理正文');
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]).toEqual({ page: `/${year}/intro/`, year: String(year) });
      expect(found.every((r) => r.year === String(year) && r.page.startsWith(`/${year}/`))).toBe(
        true,
      );
    }
  });

  test('"all years" finds the pages of both years, each result naming its own year', async () => {
    const found = await results(2018, '管理正文', true);
    expect(found).toEqual(
      expect.arrayContaining([
        { page: '/2017/intro/', year: '2017' },
        { page: '/2018/intro/', year: '2018' },
      ]),
    );
    for (const result of found) expect(result.page.startsWith(`/${result.year}/`)).toBe(true);
  });
});
