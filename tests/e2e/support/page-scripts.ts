import type { Page } from '@playwright/test';
import { SCRIPTS_STARTED_ATTRIBUTE } from '../../../src/components/after-paint.ts';
import { ALL_LAID_OUT_ATTRIBUTE } from '../../../src/components/later-layout.ts';

/**
 * The site's script starts after the page's first paint (src/components/after-paint.ts): a test of
 * what it does, or of the page as a reader with JavaScript gets it, waits until it has run.
 */
export async function pageScriptsStarted(page: Page): Promise<void> {
  await page.waitForFunction(
    (attribute) => document.documentElement.hasAttribute(attribute),
    SCRIPTS_STARTED_ATTRIBUTE,
  );
}

/**
 * A chapter's later blocks are laid out a few at a time once the scripts have started
 * (src/components/later-layout.ts): a test that scrolls the page through as a whole waits for that.
 */
export async function pageLaidOut(page: Page): Promise<void> {
  await page.waitForFunction(
    (attribute) => document.documentElement.hasAttribute(attribute),
    ALL_LAID_OUT_ATTRIBUTE,
  );
}
