/**
 * A long chapter opened afresh lays out its later blocks after its first paint, a few at a time
 * (src/components/later-layout.ts, ChapterLayout's `content-visibility: auto`). The reader must
 * never see it: nothing moves when they are laid out, a link to an anchor lands on it, a reload
 * returns to where the reader was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './site-pages.ts';
import { pageLaidOut } from './support/page-scripts.ts';
import {
  LAID_OUT_ATTRIBUTE,
  LATER_BLOCKS_ATTRIBUTE,
  LAYOUT_LATER_ATTRIBUTE,
} from '../../src/components/later-layout.ts';

/** The longest chapter, with cases, tables and charts far down. */
const CHAPTER = '/2017/operations/';

/** Pages whose blocks may wait for their layout: the chapters. */
const CHAPTERS = sitePages()
  .filter((path) => path.endsWith('/'))
  .filter((path) =>
    readFileSync(join(import.meta.dirname, '../../dist', path, 'index.html'), 'utf8').includes(
      LATER_BLOCKS_ATTRIBUTE,
    ),
  );

const WAITING = `[${LATER_BLOCKS_ATTRIBUTE}] > *`;

/** How many of the chapter's blocks skip their layout now. */
const waiting = (page: Page) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].filter(
        (block) => getComputedStyle(block).contentVisibility === 'auto',
      ).length,
    WAITING,
  );

/** The distance from the top of the window to the element with this id. */
const topOf = (page: Page, id: string) =>
  page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, id);

test.beforeEach(async ({ page }) => {
  // Instant scrolling, so that a position read after a jump is where the page stays.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the later blocks wait until the page has painted, and nothing moves when they are laid out', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the page's module back, to look at the page before it lays the blocks out.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/PageModule[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(CHAPTER);
  await expect(page.locator('html')).toHaveAttribute(LAYOUT_LATER_ATTRIBUTE, '');
  expect(await waiting(page)).toBeGreaterThan(20);

  release();
  await pageLaidOut(page);
  expect(await waiting(page)).toBe(0);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
  // As in charts.spec.ts: a sub-pixel rounding on a busy machine (0.0001) is no shift. (Blocks off
  // screen move nothing a reader sees; the next test holds each block to its box.)
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.001);
});

test('every block of every chapter has the same box whether it waited for its layout or not', async ({
  page,
}) => {
  expect(CHAPTERS.length).toBeGreaterThan(5);
  for (const path of CHAPTERS) {
    await page.goto(path);
    await pageLaidOut(page);
    const boxes = () =>
      page.evaluate(
        (selector) =>
          [...document.querySelectorAll<HTMLElement>(selector)].map((block) => {
            const { top, height } = block.getBoundingClientRect();
            return `${block.tagName} ${Math.round(top + scrollY)} ${Math.round(height)}`;
          }),
        WAITING,
      );
    const laidOut = await boxes();
    // A block that may wait is contained (its layout, style and paint; its children's margins
    // stay inside it) even where it is shown: so contain those the stylesheet lets wait.
    await page.evaluate(
      ({ selector, laidOut }) => {
        for (const block of document.querySelectorAll<HTMLElement>(selector)) {
          block.removeAttribute(laidOut);
          const mayWait = getComputedStyle(block).contentVisibility === 'auto';
          block.setAttribute(laidOut, '');
          if (mayWait) block.style.contain = 'layout style paint';
        }
      },
      { selector: WAITING, laidOut: LAID_OUT_ATTRIBUTE },
    );
    expect(await boxes(), path).toEqual(laidOut);
  }
});

for (const id of ['case-red-mud-utilisation', 'table-water-use', '发展循环经济']) {
  test(`a link to #${id}, far down the chapter, lands on it`, async ({ page }) => {
    await page.goto(`${CHAPTER}#${encodeURIComponent(id)}`);
    await pageLaidOut(page);
    // Under the header's height, which the page keeps clear above an anchor (scroll-padding-top).
    const clear = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
    );
    expect(Math.abs((await topOf(page, id)) - clear)).toBeLessThan(2);
  });
}

test('a reload returns to the same place in a long chapter', async ({ page }) => {
  await page.goto(CHAPTER);
  await pageLaidOut(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.6));
  const here = () =>
    page.evaluate(() => {
      const block = document.elementFromPoint(innerWidth / 2, innerHeight / 2)!;
      return `${block.textContent!.trim().slice(0, 20)} ${Math.round(block.getBoundingClientRect().top)}`;
    });
  const before = await here();

  await page.reload();
  await pageLaidOut(page);
  // A reload does not wait: the browser can only find the reader's place with every block laid out.
  await expect(page.locator('html')).not.toHaveAttribute(LAYOUT_LATER_ATTRIBUTE);
  expect(await here()).toBe(before);
});
