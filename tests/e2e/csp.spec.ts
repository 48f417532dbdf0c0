/**
 * Every page carries a Content-Security-Policy that allows only the site's own origin, no inline
 * script but the one it names by its hash (which starts the site's module after the first paint),
 * and WebAssembly (which Pagefind's search, in every page's header, runs as); and every
 * page, used as a reader uses it (charts drawn, a search run), breaks none of it: no violation, no
 * request to another origin, no console error.
 */
import { expect, test, type Page } from '@playwright/test';
import { onePerTemplate, sitePages } from './site-pages.ts';
import { pageLaidOut } from './support/page-scripts.ts';

// Every page on a wide screen; on a phone, which runs the same scripts, one of each kind.
const SAMPLED = new Set(['/', ...onePerTemplate(), '/404.html']);

const isSearch = (path: string) => /^\/\d{4}\/search\/$/.test(path);

/** Violations the page reports, collected from its securitypolicyviolation events. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

async function scrollThrough(page: Page) {
  const [height, step] = await page.evaluate(() => [document.body.scrollHeight, innerHeight]);
  for (let y = 0; y < height; y += step) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
}

for (const path of new Set(['/', ...sitePages(), '/404.html'])) {
  test(`${path} has its CSP and breaks none of it`, async ({ page, baseURL, isMobile }) => {
    test.skip(isMobile && !SAMPLED.has(path), 'a page of the same template is checked on a phone');
    // Scrolling through the whole report (the print page) on a busy machine takes its time.
    test.slow();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(`${baseURL}/`)) problems.push(`outside: ${request.url()}`);
    });
    const violations = await watchViolations(page);

    const response = await page.goto(path);
    // The host's headers (dist/_headers, which the test server sends as Netlify would) add what a
    // <meta> policy cannot say.
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    // The root leads on to the latest year at once; that page is the one to look at.
    if (path === '/') await page.waitForURL(/\/\d{4}\/$/);
    const policy = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    const scripts = /script-src ([^;]*);/.exec(policy ?? '')?.[1] ?? '';
    expect(scripts.split(' ')[0]).toBe("'self'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(scripts.split(' ')).toContain("'wasm-unsafe-eval'");

    // The header's search loads Pagefind once the page's module has started; and a chapter is
    // scrolled through once its blocks are all laid out, as a reader scrolls it (this test scrolls
    // a screen every 30 ms).
    await pageLaidOut(page);
    if (isSearch(path)) {
      await page.locator('#search input[type="search"]').fill('赤泥');
      await expect(page.locator('#search .pf-result-link').first()).toBeVisible();
    } else {
      await scrollThrough(page);
      for (const chart of await page.locator('trend-chart[data-view="chart"]').all())
        await expect(chart).toHaveAttribute('data-drawn', 'true');
    }
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('searchbox').fill('赤泥');
    await expect(page.getByRole('dialog').locator('.pf-result-link').first()).toBeVisible();
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
}
