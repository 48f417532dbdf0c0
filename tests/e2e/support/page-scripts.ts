import type { Page } from '@playwright/test';

/**
 * The site's script starts after the page's first paint (src/components/after-paint.ts): a test of
 * what it does, or of the page as a reader with JavaScript gets it, waits until it has run. It
 * defines every element at once, so one of them (the header's search, on every page) says so.
 */
export async function pageScriptsStarted(page: Page): Promise<void> {
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
}
