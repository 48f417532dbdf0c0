import { expect, test, type Locator } from '@playwright/test';

/** Whether a canvas has drawn pixels (not blank). */
const isDrawn = (canvas: Locator) =>
  canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
    return false;
  });

test('every chart on the KPI page draws when scrolled to', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/2017/kpis/');
  const charts = page.locator('trend-chart');
  expect(await charts.count()).toBeGreaterThan(20);
  // Each chart in turn, as a reader scrolls to it: a busy machine may skip the frames in which a
  // quickly passed chart was near the viewport, which says nothing about what a reader sees.
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    expect(await isDrawn(chart.locator('canvas'))).toBe(true);
  }
});

test('charts far below the fold are not drawn before they are needed', async ({ page }) => {
  await page.goto('/2017/kpis/');
  await expect(page.locator('trend-chart').last()).not.toHaveAttribute('data-drawn', 'true');
});

test('a chapter chart draws in place, with its accessible name', async ({ page }) => {
  await page.goto('/2017/operations/');
  const chart = page.locator('#table-water-use trend-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  expect(await isDrawn(chart.locator('canvas'))).toBe(true);
  await expect(chart.getByRole('img')).toHaveAccessibleName(/新水使用量.*2015–2017/);
});

test('the 图表/表格 switch works by keyboard and the table is always in the page', async ({
  page,
}) => {
  await page.goto('/2017/kpis/');
  const card = page.locator('#kpi-environmental-investment');
  const table = card.getByRole('table');
  await expect(table).toBeAttached();
  await expect(table).toContainText('15.2');
  const tableButton = card.getByRole('button', { name: '表格' });
  await tableButton.focus();
  await page.keyboard.press('Enter');
  await expect(tableButton).toHaveAttribute('aria-pressed', 'true');
  await expect(table).toBeVisible();
  await expect(card.locator('canvas')).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await expect(card.getByRole('button', { name: '图表' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(card.locator('canvas')).toBeVisible();
  await expect(card).toHaveAttribute('aria-labelledby', 'kpi-environmental-investment-title');
});

test('without JavaScript every chart is its table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/2017/kpis/');
  const card = page.locator('#kpi-environmental-investment');
  await expect(card.getByRole('table')).toBeVisible();
  await expect(card.getByRole('button', { name: '表格' })).toBeHidden();
  await context.close();
});

/** The text width of an A4 page with the print margins (174 mm), in CSS px. */
const A4_TEXT_WIDTH = 657;

for (const path of ['/2017/kpis/', '/2017/operations/']) {
  test(`printing ${path} draws every chart, inside its box and the A4 text width`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1000 });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const chart of await page.locator('trend-chart').all()) {
      await expect(chart).toHaveAttribute('data-drawn', 'true');
      const canvas = chart.locator('canvas');
      expect(await isDrawn(canvas)).toBe(true);
      const box = (await canvas.boundingBox())!;
      const frame = (await chart.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.x + box.width).toBeLessThanOrEqual(
        Math.min(frame.x + frame.width, A4_TEXT_WIDTH) + 1,
      );
    }
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.chart-switch').first()).toBeHidden();
  });
}

test('printing while charts are still animating draws them whole, at the page size', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('/2017/kpis/');
  const chart = page.locator('trend-chart[data-print="half"]').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  // Print within the 500 ms animation, and measure in the same task: a real print lays out then.
  const printWidth = await chart.evaluate((element) => {
    window.dispatchEvent(new Event('beforeprint'));
    return element.querySelector('canvas')!.style.width;
  });
  expect(printWidth).toBe('270px');
  await page.waitForTimeout(600); // past the animation that was running
  for (const canvas of await page.locator('trend-chart canvas').all()) {
    expect(await isDrawn(canvas)).toBe(true);
  }
});
