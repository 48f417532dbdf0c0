import { expect, test } from '@playwright/test';

test('searching in Chinese finds the case and leads to its place in the chapter', async ({
  page,
}) => {
  await page.goto('/2017/search/');
  await page.getByPlaceholder('输入关键词').fill('赤泥');
  const result = page.locator('.pagefind-ui__result-link', { hasText: '赤泥综合利用' }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(/\/2017\/operations\/#/);
  await expect(page.locator('h1')).toContainText('降碳运营');
});

test('a query in the address opens with its results', async ({ page }) => {
  await page.goto('/2017/search/?q=视频会议');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__results')).toContainText('视频会议');
});

test('the search link is in every page header', async ({ page }) => {
  await page.goto('/2017/management/');
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '搜索' })
    .click();
  await expect(page).toHaveURL(/\/2017\/search\/$/);
  await expect(page.getByPlaceholder('输入关键词')).toBeVisible();
});

/** Words readers look for, and the page that must come first: the one that tells about them. */
const QUERIES: [query: string, first: string][] = [
  ['光伏', '/2017/operations/'],
  ['河长制', '/2017/operations/'],
  ['碳交易', '/2017/management/'],
  ['视频会议', '/2017/ecosystem/'],
  ['金蜜蜂', '/2017/pioneer/'],
  ['十九大', '/2017/foreword/'],
  ['绿色出行', '/2017/pillars/living/'],
  ['交流电耗', '/2017/kpis/aluminium-ingot-ac-power/'],
];

for (const [query, first] of QUERIES) {
  test(`searching ${query} puts ${first} first`, async ({ page }) => {
    await page.goto(`/2017/search/?q=${encodeURIComponent(query)}`);
    const top = page.locator('.pagefind-ui__result-link').first();
    await expect(top).toBeVisible();
    expect(new URL((await top.getAttribute('href'))!, page.url()).pathname).toBe(first);
  });
}
