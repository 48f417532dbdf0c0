import { expect, test } from '@playwright/test';
import { byTag, parseHtml } from '../../scripts/lib/html.ts';

const CHAPTERS = [
  '卷首语',
  '降碳足迹',
  '降碳管理',
  '降碳运营',
  '降碳生态',
  '降碳先锋',
  '降碳绩效',
  '未来展望',
];

test('the root leads to the latest report at once', async ({ page, request }) => {
  // At once: a refresh with no delay, in the markup, so that it works without JavaScript too.
  const root = parseHtml(await (await request.get('/')).text());
  const refresh = byTag(root, 'meta').find(({ attribs }) => attribs['http-equiv'] === 'refresh');
  expect(refresh?.attribs['content']).toBe('0; url=/2017/');
  await page.goto('/');
  await expect(page).toHaveURL(/\/2017\/$/);
  await expect(page.locator('h1')).toContainText('2017');
});

test('the home page lists the chapters in order and opens the first', async ({ page }) => {
  await page.goto('/2017/');
  const links = page.locator('#contents ~ ol a');
  await expect(links).toHaveCount(CHAPTERS.length);
  for (const [i, title] of CHAPTERS.entries()) await expect(links.nth(i)).toContainText(title);
  await links.first().click();
  await expect(page).toHaveURL(/\/2017\/foreword\/$/);
});

test('next-chapter links walk the whole report in order, and previous links walk back', async ({
  page,
}) => {
  await page.goto('/2017/foreword/');
  for (const title of CHAPTERS.slice(1)) {
    await page.getByRole('link', { name: /下一章/ }).click();
    await expect(page.locator('h1')).toContainText(title);
  }
  await expect(page.getByRole('link', { name: /下一章/ })).toHaveCount(0);
  await page.getByRole('link', { name: /上一章/ }).click();
  await expect(page.locator('h1')).toContainText(CHAPTERS.at(-2)!);
});

test('the table of contents jumps to its section', async ({ page }) => {
  await page.goto('/2017/operations/');
  const toc = page.getByRole('navigation', { name: '本章目录' });
  // Phones show the list folded to one line: the reader opens it first.
  if (!(await toc.locator('details').evaluate((details: HTMLDetailsElement) => details.open)))
    await toc.locator('summary').click();
  await toc.getByRole('link', { name: '控制废水排放' }).click();
  await expect(page).toHaveURL(/#控制废水排放$|#%E6%8E%A7/);
  await expect(page.getByRole('heading', { name: '控制废水排放' })).toBeInViewport();
});

test('a case box links from the cases index to its place in the chapter', async ({ page }) => {
  await page.goto('/2017/cases/');
  await page.getByRole('link', { name: '赤泥综合利用' }).click();
  await expect(page).toHaveURL(/\/2017\/operations\/#case-red-mud-utilisation$/);
  await expect(page.getByRole('region', { name: '赤泥综合利用' })).toBeInViewport();
});

test('a pillar page links its sections, cases and KPIs to their places', async ({ page }) => {
  await page.goto('/2017/pillars/living/');
  await expect(page.locator('h1')).toHaveText('生活降碳');
  await page.getByRole('link', { name: '办公用电量' }).click();
  await expect(page).toHaveURL(/\/2017\/kpis\/office-electricity\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('办公用电量');
});
