/**
 * Search from every page: the header's search opens Pagefind's dialog by click, `/`, Ctrl-K and
 * ⌘-K, finds a case and lands on it; Escape closes it and focus returns to the button; on phones
 * the dialog fills the screen and closes with its close button. The search page keeps `?q=`.
 */
import { expect, test, type Page } from '@playwright/test';
import { pageScriptsStarted } from './support/page-scripts.ts';

const trigger = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: '搜索', exact: true });
const dialog = (page: Page) => page.getByRole('dialog', { name: '搜索' });
const field = (page: Page) => dialog(page).getByRole('searchbox');

test('the header search opens by click, finds a case and lands on it', async ({ page }) => {
  await page.goto('/2017/management/');
  await trigger(page).click();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('楚雄');
  const section = dialog(page).locator('.pf-heading-link', { hasText: '多措并举助推绿色' });
  await expect(dialog(page).locator('.pf-result-link').first()).toHaveText('绿之叶·降碳生态');
  await section.click();
  await expect(page).toHaveURL(/\/2017\/ecosystem\/#case-chuxiong-mining-energy-saving-title$/);
  await expect(page.locator('#case-chuxiong-mining-energy-saving')).toBeInViewport();
});

for (const [name, keys] of [
  ['/', ['/']],
  ['Ctrl-K', ['Control+k']],
  ['⌘-K', ['Meta+k']],
] as const) {
  test(`${name} opens the header search; Escape closes it and focus returns`, async ({ page }) => {
    await page.goto('/2017/operations/');
    // The shortcuts come with the site's script, which starts after the first paint.
    await pageScriptsStarted(page);
    for (const key of keys) await page.keyboard.press(key);
    await expect(dialog(page)).toBeVisible();
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(trigger(page)).toBeFocused();
  });
}

test('the keyboard alone reaches a result: arrows move through results, Enter follows', async ({
  page,
}) => {
  await page.goto('/2017/');
  await pageScriptsStarted(page);
  await trigger(page).focus();
  await page.keyboard.press('Enter');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('煤改气');
  await expect(dialog(page).locator('.pf-result-link').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(dialog(page).locator('.pf-result-link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/2017\/operations\/$/);
});

test('searches the year being read unless the reader asks for every year', async ({ page }) => {
  await page.goto('/2017/');
  await pageScriptsStarted(page);
  await trigger(page).click();
  const allYears = dialog(page).getByRole('checkbox', { name: '搜索所有年份的报告' });
  await expect(allYears).not.toBeChecked();
  await field(page).fill('赤泥');
  await expect(dialog(page).locator('.result-year').first()).toHaveText('2017');
  await allYears.check();
  await expect(dialog(page).locator('.pf-result-link').first()).toBeVisible();
});

test('on a phone the dialog fills the screen and its close button closes it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/2017/operations/');
  await pageScriptsStarted(page);
  await trigger(page).click();
  await expect(dialog(page)).toBeVisible();
  const box = (await dialog(page).boundingBox())!;
  expect(box.width).toBe(page.viewportSize()!.width);
  await dialog(page).getByRole('button', { name: '关闭' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(trigger(page)).toBeFocused();
});

test('the search page opens a query from its address, with results that lead to sections', async ({
  page,
}) => {
  await page.goto('/2017/search/?q=视频会议');
  await expect(page.locator('#search .pf-result-link').first()).toHaveText('绿之叶·降碳生态');
  await expect(page.locator('#search .pf-heading-link').first()).toHaveAttribute(
    'href',
    /\/2017\/ecosystem\/#/,
  );
  await expect(page.getByRole('searchbox')).toHaveValue('视频会议');
});

test('the search page loads Pagefind when its field is first used, keeping what was typed', async ({
  page,
}) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefind.push(request.url());
  });
  await page.goto('/2017/search/');
  await pageScriptsStarted(page);
  const field = page.getByRole('searchbox', { name: '站内搜索' });
  await expect(field).toBeVisible();
  await page.waitForTimeout(500);
  expect(pagefind).toEqual([]);
  await field.click();
  await page.keyboard.type('赤泥');
  await expect(page.locator('#search .pf-result-link').first()).toBeVisible();
  // One field, Pagefind's, with the words typed before it arrived, and the focus in it.
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('searchbox')).toHaveValue('赤泥');
  await expect(page.getByRole('searchbox')).toBeFocused();
  expect(pagefind.length).toBeGreaterThan(0);
});

test('without the dialog the header search is a link to the search page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/2017/management/');
  await page.getByRole('banner').getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/2017\/search\/$/);
  await context.close();
});
