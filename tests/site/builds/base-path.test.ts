/**
 * The site under a sub-path: a fixture built with BASE_PATH=/reports/carbon/ by the publishing
 * build (pages, PDFs, search), served only under that prefix (everything else is not found, as on
 * a host that serves it there), passes the link check and works in Chromium: the root redirect, a
 * chart, a search whose result links under the prefix, a PDF and a CSV download.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchOptions } from '../../../scripts/lib/browser.ts';
import { pageScriptsStarted } from '../../e2e/support/page-scripts.ts';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';
import {
  byTag,
  classesOf,
  elements,
  metaContent,
  parseHtml,
  textOf,
  type HtmlDocument,
} from '../../../scripts/lib/html.ts';
import { pdfSizeText } from '../../../src/data/publish/pdfs.ts';
import { PDF_SIZE_PLACEHOLDER_START } from '../../../src/data/publish/publish-links.ts';
import { builtPages } from '../../support/built-site.ts';
import {
  BASE_CONTENT,
  fixtureProject,
  npmPath,
  removeFolder,
  run,
  scratchFolder,
  script,
} from '../../support/fixture-site.ts';
import { pdfLinks } from '../../support/pdf-links.ts';

const BASE = '/reports/carbon/';
let root = '';
let server: Awaited<ReturnType<typeof startStaticServer>>;
let browser: Browser;

beforeAll(async () => {
  root = fixtureProject(scratchFolder('.work-base-path-'), { content: BASE_CONTENT });
  const build = run(script('build.ts'), {
    cwd: root,
    env: { PATH: npmPath(), BASE_PATH: BASE, SITE_URL: 'https://reports.example.com' },
  });
  expect(build.output).toContain('build：网站已发布到 dist/');
  server = await startStaticServer(join(root, 'dist'), { base: BASE });
  browser = await chromium.launch(launchOptions());
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeFolder(root);
});

test('every address in every page is under the prefix', () => {
  const outside = builtPages(join(root, 'dist')).flatMap(([page, html]) =>
    elements(parseHtml(html))
      .flatMap(({ attribs }) => ['href', 'src', 'content', 'action'].map((name) => attribs[name]))
      .filter((url) => url?.startsWith('/') && !url.startsWith(BASE))
      .map((url) => `${page}: ${url}`),
  );
  expect(outside).toEqual([]);
});

test('canonical links and sharing cards carry SITE_URL and the prefix', () => {
  const pages = builtPages(join(root, 'dist'));
  const page = (path: string) => parseHtml(pages.find(([page]) => page === path)![1]);
  const canonical = (document: HtmlDocument) =>
    byTag(document, 'link').find(({ attribs }) => attribs['rel'] === 'canonical')?.attribs['href'];
  const intro = page('/2017/intro/');
  expect(canonical(intro)).toBe('https://reports.example.com/reports/carbon/2017/intro/');
  expect(metaContent(intro, 'og:image')).toBe(
    'https://reports.example.com/reports/carbon/og/2017/intro.png',
  );
  expect(canonical(page('/'))).toBe('https://reports.example.com/reports/carbon/2017/');
});

test('every PDF link is under the prefix and shows the size of the file it links', () => {
  const links = builtPages(join(root, 'dist')).flatMap(([page, html]) =>
    byTag(parseHtml(html), 'a')
      .filter((link) => classesOf(link).includes('pdf-link'))
      .map((link) => ({
        page,
        href: link.attribs['href'] ?? '',
        size: textOf(byTag(link, 'span').find((span) => classesOf(span).includes('size')) ?? link),
      })),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const { page, href, size } of links) {
    expect(href, page).toMatch(new RegExp(`^${BASE}pdf/2017/[^/]+\\.pdf$`));
    const bytes = statSync(join(root, 'dist', href.slice(BASE.length))).size;
    expect(size, `${page} ${href}`).toBe(pdfSizeText(bytes));
  }
  const unfilled = builtPages(join(root, 'dist')).filter(([, html]) =>
    html.includes(PDF_SIZE_PLACEHOLDER_START),
  );
  expect(unfilled.map(([page]) => page)).toEqual([]);
});

test('links in the PDFs lead to the public site under the prefix, never to the renderer', async () => {
  const uris = (
    await Promise.all(
      readdirSync(join(root, 'dist/pdf/2017')).map((file) =>
        pdfLinks(join(root, 'dist/pdf/2017', file)),
      ),
    )
  ).flatMap((links) => links.uris);
  const site = uris.filter((uri) => uri.includes('/2017/'));
  expect(site.length, 'the case box links its pillars').toBeGreaterThan(0);
  expect(site.filter((uri) => !uri.startsWith(`https://reports.example.com${BASE}2017/`))).toEqual(
    [],
  );
  expect(uris.filter((uri) => /127\.0\.0\.1|localhost/.test(uri))).toEqual([]);
});

test("the host's headers file names its paths under the prefix", () => {
  const headers = readFileSync(join(root, 'dist/_headers'), 'utf8');
  const paths = headers.split('\n').filter((line) => line.startsWith('/'));
  expect(paths).toContain(`${BASE}*`);
  expect(paths).toContain(`${BASE}_astro/*`);
  expect(paths).toContain(`${BASE}2017/*`);
  expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
});

test('the link check finds no broken link, asset or #fragment, and reaches the PDFs', async () => {
  const result = await new LinkChecker().check({
    path: `${server.url}${BASE}`,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    linksToSkip: async (link) => !link.startsWith(server.url),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => `${link.parent} → ${link.url} (${link.status})`);
  expect(broken).toEqual([]);
  const reached = result.links.filter((link) => link.state === 'OK').map((link) => link.url);
  expect(reached.filter((url) => url.endsWith('.pdf')).length).toBeGreaterThan(0);
  expect(reached.some((url) => url.endsWith('.csv'))).toBe(true);
});

describe('in Chromium', () => {
  /** A page that fails the test on any console error or any request that does not succeed. */
  async function openPage(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    // A request the browser drops because the page moved on (the root's redirect) is no failure.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED')
        problems.push(`failed: ${request.url()}`);
    });
    return { page, problems };
  }

  test('the root leads to the latest year, and an indicator of its overview draws its chart', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}${BASE}`);
    await page.waitForURL(`${server.url}${BASE}2017/`);
    await page.goto(`${server.url}${BASE}2017/kpis/`);
    await page.locator('table.kpi-overview tbody th a').first().click();
    await page.waitForURL(`${server.url}${BASE}2017/kpis/co2-change/`);
    const chart = page.locator('trend-chart').first();
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-drawn')).toBe('true');
    await page.close();
    expect(problems).toEqual([]);
  });

  test('a search finds a page and links it under the prefix', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}${BASE}2017/search/?q=${encodeURIComponent('管理正文')}`);
    const result = page.locator('#search .pf-result-link').first();
    await result.waitFor();
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}2017/`));
    await result.click();
    await page.waitForURL(new RegExp(`^${server.url}${BASE}2017/`));
    await pageScriptsStarted(page);
    // The header's search loads Pagefind from under the prefix and links results there too.
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('searchbox').fill('管理正文');
    const found = page.getByRole('dialog').locator('.pf-result-link').first();
    await found.waitFor();
    expect(await found.getAttribute('href')).toMatch(new RegExp(`^${BASE}2017/`));
    await page.close();
    expect(problems).toEqual([]);
  });

  test('a PDF link and a CSV link download their files', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${server.url}${BASE}2017/intro/`);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a.pdf-link').first().click(),
    ]);
    expect(pdf.url()).toMatch(new RegExp(`^${server.url}${BASE}pdf/2017/.+\\.pdf$`));
    expect(pdf.suggestedFilename()).toMatch(/^chinalco-2017-carbon-report.*\.pdf$/);
    const bytes = await (await page.request.get(pdf.url())).body();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto(`${server.url}${BASE}2017/kpis/`);
    const csv = page.locator('a[href$=".csv"]').first();
    const response = await page.request.get(
      new URL((await csv.getAttribute('href'))!, page.url()).href,
    );
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('2017');
    await page.close();
    expect(problems).toEqual([]);
  });

  test('nothing is served outside the prefix', async () => {
    const response = await fetch(`${server.url}/2017/`);
    expect(response.status).toBe(404);
  });
});
