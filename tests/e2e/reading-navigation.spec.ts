import { devices, expect, test, type Page } from '@playwright/test';
import { pageScriptsStarted } from './support/page-scripts.ts';

/** A long chapter whose contents list runs from 建设科技企业 to 控制废水排放 and beyond. */
const CHAPTER = '/2017/operations/';

const WIDE = { width: 1280, height: 800 };
const { userAgent, deviceScaleFactor } = devices['Pixel 7'];
const PHONE = {
  viewport: { width: 390, height: 844 },
  userAgent,
  deviceScaleFactor,
  isMobile: true,
  hasTouch: true,
};

/** Scrolls a heading to the top of the window, as a reader scrolling down to it would. */
async function scrollToHeading(page: Page, id: string) {
  await page.locator(`[id="${id}"]`).evaluate((heading) => heading.scrollIntoView());
}

test.beforeEach(async ({ page }) => {
  // Instant scrolling, so that a position read right after a scroll is where the page stays.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: WIDE });

  test('the contents list marks the section being read as the reader scrolls', async ({ page }) => {
    await page.goto(CHAPTER);
    await pageScriptsStarted(page);
    const toc = page.getByRole('navigation', { name: '本章目录' });
    await expect(toc.getByRole('link', { name: '控制废水排放' })).toBeVisible();
    await expect(toc.locator('[aria-current]')).toHaveCount(0);

    await scrollToHeading(page, '控制废水排放');
    await expect(toc.locator('[aria-current="true"]')).toHaveText('控制废水排放');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
    await expect(toc.getByRole('link', { name: '控制废水排放' })).toBeInViewport();

    // Back up to a section whose first sub-section follows at once: the section itself is marked.
    await scrollToHeading(page, '推广环保产品');
    await expect(toc.locator('[aria-current="true"]')).toHaveText('推广环保产品');
    await expect(toc.locator('[aria-current]')).toHaveCount(1);
  });

  test.describe('without any script', () => {
    // The page's scripts start after the first paint: the column must not open (and move) later.
    test.use({ javaScriptEnabled: false });

    test('the contents list shows from the first paint', async ({ page }) => {
      await page.goto(CHAPTER);
      const toc = page.getByRole('navigation', { name: '本章目录' });
      await expect(toc.getByRole('link', { name: '控制废水排放' })).toBeVisible();
    });
  });

  test('a choice in the contents list marks its section and leaves the list open', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await pageScriptsStarted(page);
    const toc = page.getByRole('navigation', { name: '本章目录' });
    await toc.getByRole('link', { name: '使用清洁能源' }).click();
    await expect(page.getByRole('heading', { name: '使用清洁能源' })).toBeInViewport();
    await expect(toc.locator('[aria-current="true"]')).toHaveText('使用清洁能源');
    await expect(toc.getByRole('link', { name: '控制废水排放' })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the contents list is one line above the text, opens on tap and closes after a choice', async ({
    page,
  }) => {
    await page.goto(CHAPTER);
    await pageScriptsStarted(page);
    const toc = page.getByRole('navigation', { name: '本章目录' });
    const entry = toc.getByRole('link', { name: '控制废水排放' });
    const summary = toc.locator('summary');
    await expect(summary).toBeInViewport();
    await expect(entry).toBeHidden();
    const { height } = (await summary.boundingBox())!;
    expect(height).toBeLessThan(60);

    await summary.tap();
    await expect(entry).toBeVisible();
    await entry.tap();
    await expect(entry).toBeHidden();
    await expect(page).toHaveURL(/#%E6%8E%A7%E5%88%B6%E5%BA%9F%E6%B0%B4%E6%8E%92%E6%94%BE$/);
    const heading = page.getByRole('heading', { name: '控制废水排放' });
    await expect(heading).toBeInViewport();
    // The folded line stays in sight, names the section and does not cover its heading.
    await expect(summary).toBeInViewport();
    await expect(summary).toContainText('控制废水排放');
    const bar = (await summary.boundingBox())!;
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  });

  test('Escape closes the open contents list and returns to its summary', async ({ page }) => {
    await page.goto(CHAPTER);
    await pageScriptsStarted(page);
    const summary = page.getByRole('navigation', { name: '本章目录' }).locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const entry = page
      .getByRole('navigation', { name: '本章目录' })
      .getByRole('link', { name: '控制废水排放' });
    await expect(entry).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(entry).toBeHidden();
    await expect(summary).toBeFocused();
  });
});

test('every chapter heading has a link to itself that the keyboard reaches', async ({ page }) => {
  await page.goto(CHAPTER);
  await pageScriptsStarted(page);
  const anchor = page.getByRole('link', { name: '链接到本节：控制废水排放' });
  await expect(anchor).toHaveAttribute('href', '#控制废水排放');
  // The heading's own name stays the heading's text alone.
  await expect(page.getByRole('heading', { name: '控制废水排放', exact: true })).toHaveCount(1);

  // Tab from the heading before it: the next stops lead through that section to this link.
  await page.getByRole('link', { name: '链接到本节：研发降耗技术' }).focus();
  let reached = false;
  for (let step = 0; step < 40 && !reached; step++) {
    await page.keyboard.press('Tab');
    reached = await anchor.evaluate((link) => link === document.activeElement);
  }
  expect(reached).toBe(true);
  await expect(anchor).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#%E6%8E%A7%E5%88%B6%E5%BA%9F%E6%B0%B4%E6%8E%92%E6%94%BE$/);
  await expect(page.getByRole('heading', { name: '控制废水排放' })).toBeInViewport();
});

test('following a heading link also copies the section address and says so', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CHAPTER);
  await pageScriptsStarted(page);
  await page.getByRole('link', { name: '链接到本节：控制废水排放' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('已复制本节链接');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(decodeURI(copied)).toBe(`${baseURL}${CHAPTER}#控制废水排放`);
});

test('the back-to-top link appears after scrolling and returns to the top, focus included', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  await pageScriptsStarted(page);
  const back = page.getByRole('link', { name: '回到顶部' });
  await expect(back).toBeHidden();
  await scrollToHeading(page, '控制废水排放');
  // A reader looking for the way back scrolls up a little (phones show it only then).
  await page.mouse.wheel(0, -200);
  await expect(back).toBeVisible();
  await back.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await expect(back).toBeHidden();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
});

test('the whole report is one step away to print or download, from the cover and every footer', async ({
  page,
}) => {
  await page.goto('/2017/');
  await pageScriptsStarted(page);
  await page.locator('.cover').getByRole('link', { name: '打印 / 下载全文' }).click();
  await expect(page).toHaveURL(/\/2017\/print\/$/);
  await expect(page.locator('.print-chapter h1').first()).toHaveText('卷首语');

  await page.goto(CHAPTER);
  await pageScriptsStarted(page);
  await page.getByRole('contentinfo').getByRole('link', { name: '打印 / 下载全文' }).click();
  await expect(page).toHaveURL(/\/2017\/print\/$/);
});
