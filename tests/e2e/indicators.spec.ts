/**
 * One page per indicator, and the overview that leads to them: every page draws its chart and
 * holds its table, every overview link reaches its page, and each page prints on one A4 sheet.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { shows } from './support/canvas-pixels.ts';

interface Row {
  id: string;
  name: string;
  values: Record<string, number | string>;
  asPublished?: Record<string, string>;
}
const source = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../content/2017/kpis.json'), 'utf8'),
) as { years: number[]; groups: { name: string; rows: Row[] }[] };
const rows = source.groups.flatMap((group) => group.rows);

/**
 * Rows with fewer than two comparable values in the source (one year reported, or the other years
 * measuring something else): their pages say why instead of drawing a trend.
 */
const WITHOUT_TREND = new Set([
  'industrial-water-reuse-rate',
  'fresh-water-use',
  'aluminium-ingot-ac-power',
]);

/** A cell as the report prints it. */
const printed = (row: Row, year: number) => {
  const value = row.values[String(year)];
  return row.asPublished?.[String(year)] ?? (value === 'not-reported' ? '-' : String(value));
};

for (const row of rows) {
  test(`${row.id}: the page draws its chart and holds its table by year`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const response = await page.goto(`/2017/kpis/${row.id}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(row.name);
    const chart = page.locator('trend-chart');
    if (WITHOUT_TREND.has(row.id)) {
      await expect(chart).toHaveCount(0);
      await expect(page.locator('.omission', { hasText: '不绘制趋势图' })).toHaveCount(1);
    } else {
      await expect(chart).toHaveAttribute('data-drawn', 'true');
      expect(await shows(chart.locator('canvas'))).toBe(true);
    }
    const table = page.locator('table.kpi-records');
    const cells = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [
        tr.querySelector('th')!.textContent!.trim(),
        // The visible text of the value: "-" keeps its hidden "未披露" for screen readers only.
        (tr.querySelector('td')!.firstChild?.textContent ?? tr.querySelector('td')!.textContent!)
          .trim()
          .replace(/未披露$/, ''),
      ]),
    );
    expect(cells).toEqual(source.years.map((year) => [String(year), printed(row, year)]));
    await expect(page.getByRole('navigation', { name: '位置' })).toContainText('降碳绩效指标');
  });
}

test('the overview links every indicator, and each link reaches its page', async ({ page }) => {
  await page.goto('/2017/kpis/');
  const links = await page
    .locator('table.kpi-overview tbody th a')
    .evaluateAll((anchors) =>
      anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent!.trim() })),
    );
  expect(links.map((link) => new URL(link.href).pathname)).toEqual(
    rows.map((row) => `/2017/kpis/${row.id}/`),
  );
  for (const link of links) {
    const response = await page.goto(link.href);
    expect(response?.status(), link.href).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(link.text);
  }
});

test('the overview draws no canvas: each row has a sparkline named in words', async ({ page }) => {
  await page.goto('/2017/kpis/');
  await expect(page.locator('canvas')).toHaveCount(0);
  const sparklines = page.locator('table.kpi-overview svg[role="img"]');
  await expect(sparklines).toHaveCount(rows.length);
  await expect(page.locator('#kpi-environmental-investment svg')).toHaveAccessibleName(
    '环保总投资趋势：2015 年 15.2 亿元，2016 年 14.5 亿元，2017 年 1.9 亿元',
  );
  // A change is not a level: the row gives no change of a change.
  await expect(page.locator('#kpi-co2-emissions-change .change')).toContainText(
    '本行数值即为变化率',
  );
  await expect(page.locator('#kpi-solid-waste-utilisation-rate .change')).toHaveText(
    '+1.4 个百分点',
  );
});

test('the overview reads on the page width, without sideways scrolling', async ({ page }) => {
  await page.goto('/2017/kpis/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test('the table as published is one click away, with every row', async ({ page }) => {
  await page.goto('/2017/kpis/');
  const table = page.locator('#table table.kpi-table');
  await expect(table).toBeHidden();
  await page.getByRole('link', { name: '完整数据表（按原表）' }).click();
  await expect(table).toBeVisible();
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(rows.length);
});

test('every indicator page prints on one A4 page, its chart drawn whole', async ({
  page,
  isMobile,
}) => {
  test.setTimeout(rows.length * 10_000);
  // Every page from a wide screen; from a phone, whose chart is drawn narrower first, every fifth.
  const printed = isMobile ? rows.filter((_, i) => i % 5 === 0) : rows;
  const folder = mkdtempSync(join(tmpdir(), 'indicator-pdf-'));
  try {
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    for (const row of printed) {
      await page.goto(`/2017/kpis/${row.id}/`);
      if (!WITHOUT_TREND.has(row.id)) {
        const chart = page.locator('trend-chart');
        await expect(chart).toHaveAttribute('data-drawn', 'true');
        expect(await shows(chart.locator('canvas'))).toBe(true);
      }
      const file = join(folder, `${row.id}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(/^Pages:\s+(\d+)$/m.exec(info)?.[1], row.id).toBe('1');
      expect(info, row.id).toMatch(/Page size:.*\(A4\)/);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
