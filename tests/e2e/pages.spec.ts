import { expect, test } from '@playwright/test';
import { sitePages } from './site-pages.ts';

for (const path of sitePages()) {
  test(`${path} loads with one h1, in Chinese, without errors, outside requests or sideways scrolling`, async ({
    page,
    baseURL,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:'))
        problems.push(`outside request: ${request.url()}`);
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    if (await page.locator('.print-document').count()) {
      // The whole-report document (source of the full PDF): one h1 per part, for its bookmarks.
      const titles = await page.locator('h1').allTextContents();
      expect(titles.slice(2).map((title) => title.trim())).toEqual(
        await page.locator('.print-chapter > h1').allTextContents(),
      );
      expect(titles.length).toBeGreaterThan(3);
    } else {
      await expect(page.locator('h1')).toHaveCount(1);
    }
    await expect(page.locator('main')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    // Anything wider than the screen makes a phone zoom the whole page out (and jumps miss).
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'the page is wider than the screen').toBe(0);
    expect(problems).toEqual([]);
  });
}
