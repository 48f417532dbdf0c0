import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('a chapter printed from the browser hides the site chrome and sets running heads and page numbers', async ({
  page,
}) => {
  await page.goto('/2017/management/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.site-footer', '.sidebar', '.pager', '.pdf-link']) {
    await expect(page.locator(selector).first(), selector).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  const pageRules = await page.evaluate(() =>
    [...document.querySelectorAll('head style')]
      .map((style) => style.textContent ?? '')
      .find((css) => css.includes('@page')),
  );
  expect(pageRules).toContain('size: A4');
  expect(pageRules).toContain('@top-left { content: "中国铝业集团有限公司《2017 降碳报告》"');
  expect(pageRules).toContain('@top-right { content: "绿之根·降碳管理"');
  expect(pageRules).toContain('counter(page)');
  expect(pageRules).toContain('counter(pages)');
});

test('a case box and a table are kept whole on paper', async ({ page }) => {
  await page.goto('/2017/management/');
  await page.emulateMedia({ media: 'print' });
  const breakInside = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).breakInside);
  expect(await breakInside('.case')).toBe('avoid');
  expect(await breakInside('.pillar-model > div')).toBe('avoid');
});

test('a page printed while the screen is dark prints in the light palette', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/2017/kpis/environmental-investment/');
  const colours = () =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body);
      const card = getComputedStyle(document.querySelector('.kpi-records')!);
      return { paper: body.backgroundColor, ink: body.color, card: card.backgroundColor };
    });
  const screen = await colours();
  expect(screen.paper).not.toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colours()).toEqual({
    paper: 'rgb(255, 255, 255)',
    ink: 'rgb(29, 42, 34)',
    card: 'rgb(255, 255, 255)',
  });
});

test('the KPI overview prints the table as published, though the reader left it closed', async ({
  page,
}, testInfo) => {
  await page.goto('/2017/kpis/');
  const details = page.locator('details.full-table');
  expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
  // Every cell of the table's last row: its name, unit, each year's value and its 口径.
  const lastRow = await page
    .locator('#table tbody tr')
    .last()
    .evaluate((row) => [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, '')));
  expect(lastRow.filter(Boolean).length).toBeGreaterThan(3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#table table')).toBeVisible();
  const file = testInfo.outputPath('kpis.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
  expect(lastRow.filter((cell) => !printed.includes(cell))).toEqual([]);
});
