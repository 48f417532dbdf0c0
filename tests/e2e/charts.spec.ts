import { expect, test, type Locator, type Page } from '@playwright/test';
import { shows } from './support/canvas-pixels.ts';
import { pageScriptsStarted } from './support/page-scripts.ts';

/** An indicator page: one large chart, its table, its notes. */
const AMOUNT = '/2017/kpis/environmental-investment/';

test('charts far below the fold are not drawn before they are needed', async ({ page }) => {
  await page.goto('/2017/operations/');
  await expect(page.locator('trend-chart').last()).not.toHaveAttribute('data-drawn', 'true');
});

test('a chapter chart draws in place, with its accessible name', async ({ page }) => {
  await page.goto('/2017/operations/');
  const chart = page.locator('#table-water-use trend-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  expect(await shows(chart.locator('canvas'))).toBe(true);
  await expect(chart.getByRole('img')).toHaveAccessibleName(/新水使用量.*2015–2017/);
});

test('the 图表/表格 switch works by keyboard and the table is always in the page', async ({
  page,
}) => {
  await page.goto(AMOUNT);
  // The switch comes with the page's module, which starts after the first paint.
  await pageScriptsStarted(page);
  const card = page.locator('trend-chart');
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
});

test('pointing at a chart, or tapping it on a phone, shows the year and value in a tooltip', async ({
  page,
  isMobile,
}) => {
  await page.goto(AMOUNT);
  const chart = page.locator('trend-chart');
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  const canvas = chart.locator('canvas');
  // The tooltip is the one thing drawn in the text colour (--ink).
  const ink = await chart.evaluate((element) =>
    getComputedStyle(element).getPropertyValue('--ink').trim(),
  );
  expect(await shows(canvas, ink)).toBe(false);
  const box = (await canvas.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (isMobile) await page.touchscreen.tap(x, y);
  else await page.mouse.move(x, y);
  await expect.poll(() => shows(canvas, ink)).toBe(true);
  if (isMobile) return;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 40);
  await expect.poll(() => shows(canvas, ink)).toBe(false);
});

test('without JavaScript every chart is its table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(AMOUNT);
  const card = page.locator('trend-chart');
  await expect(card.getByRole('table')).toBeVisible();
  await expect(card.getByRole('button', { name: '表格' })).toBeHidden();
  await context.close();
});

/** The text width of an A4 page with the print margins (174 mm), in CSS px. */
const A4_TEXT_WIDTH = 657;

for (const path of [AMOUNT, '/2017/operations/']) {
  test(`printing ${path} draws every chart, inside its box and the A4 text width`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1000 });
    await page.goto(path);
    await pageScriptsStarted(page);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const chart of await page.locator('trend-chart').all()) {
      await expect(chart).toHaveAttribute('data-drawn', 'true');
      const canvas = chart.locator('canvas');
      expect(await shows(canvas)).toBe(true);
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

test('the first print after charts were drawn on screen draws every chart afresh, whole, at the page size', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto('/2017/operations/');
  const chart = page.locator('#table-water-use trend-chart');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  // The worker drew the screen's charts: Chart.js for paper comes with the first print.
  await expect(page.locator('html')).not.toHaveAttribute('data-charts-print-ready', '');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('html')).toHaveAttribute('data-charts-print-ready', '');
  for (const chart of await page.locator('trend-chart').all()) {
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    const canvas = chart.locator('canvas');
    expect(await shows(canvas)).toBe(true);
    expect((await canvas.boundingBox())!.width).toBeLessThanOrEqual(A4_TEXT_WIDTH);
  }
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  // A later print draws every chart in the print event itself, as a browser lays the page out then.
  const printWidth = await chart.evaluate((element) => {
    window.dispatchEvent(new Event('beforeprint'));
    return element.querySelector('canvas')!.style.width;
  });
  expect(printWidth).toBe('600px');
});

test('a chart is drawn whole at once, in view when the page opens or scrolled to', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  for (const [path, selector] of [
    [AMOUNT, 'trend-chart'],
    ['/2017/operations/', '#table-water-use trend-chart'],
  ] as const) {
    await page.goto(path);
    const chart = page.locator(selector);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toHaveAttribute('data-drawn', 'true');
    const canvas = chart.locator('canvas');
    const first = await canvas.screenshot();
    expect(await shows(canvas)).toBe(true);
    // Longer than an entrance would take (Chart.js animates for 500 ms): nothing was still moving.
    await page.waitForTimeout(700);
    expect((await canvas.screenshot()).equals(first), path).toBe(true);
  }
});

const accentOf = (chart: Locator) =>
  chart.evaluate((element) => getComputedStyle(element).getPropertyValue('--accent').trim());

/** An indicator page's chart, drawn on a dark screen, with the accent colours of both schemes. */
async function firstChartDrawnInDark(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto(AMOUNT);
  const chart = page.locator('trend-chart').first();
  const light = await accentOf(chart);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await accentOf(chart);
  expect(dark).not.toBe(light);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  return { canvas: chart.locator('canvas'), light, dark };
}

test("a chart is drawn in the reader's colour scheme, and follows a change of it", async ({
  page,
}) => {
  const { canvas, light, dark } = await firstChartDrawnInDark(page);
  expect(await shows(canvas, dark)).toBe(true);
  expect(await shows(canvas, light)).toBe(false);
  await page.emulateMedia({ colorScheme: 'light' });
  // The chart is drawn afresh on a new canvas: one read as it is replaced counts as not yet.
  await expect.poll(() => shows(canvas, light).catch(() => false)).toBe(true);
  expect(await shows(canvas, dark)).toBe(false);
});

test('a chart printed while the screen is dark is drawn in the light palette, then dark again', async ({
  page,
}) => {
  const { canvas, light, dark } = await firstChartDrawnInDark(page);
  // As in a browser, the print event comes while the screen's styles still apply.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('html')).toHaveAttribute('data-charts-print-ready', '');
  expect(await shows(canvas, light)).toBe(true);
  expect(await shows(canvas, dark)).toBe(false);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  // Back on screen the worker draws it again.
  await expect.poll(() => shows(canvas, dark).catch(() => false)).toBe(true);
  expect(await shows(canvas, light)).toBe(false);
});

test('Chart.js loads only when the first chart nears the viewport, in the worker that draws it', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (request) => {
    const file = /\/_astro\/(chart-(?:draw|worker))[.-][^/]+\.js$/.exec(request.url())?.[1];
    if (file) loaded.push(file);
  });
  await page.goto('/2017/operations/');
  const chart = page.locator('#table-water-use trend-chart');
  await expect(chart).not.toHaveAttribute('data-drawn', 'true');
  expect(loaded).toEqual([]);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  // Only the worker's copy: the one for paper comes when the reader prints.
  expect(loaded).toEqual(['chart-worker']);
});

test('a page opened for print (as the PDF renderer does) draws every chart in the print event', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  await page.goto('/2017/operations/');
  const drawn = await page.evaluate(async () => {
    await customElements.whenDefined('trend-chart');
    window.dispatchEvent(new Event('beforeprint'));
    return [...document.querySelectorAll<HTMLElement>('trend-chart')].map(
      (chart) => chart.dataset['drawn'] === 'true',
    );
  });
  expect(drawn.length).toBeGreaterThan(1);
  expect(drawn.every(Boolean)).toBe(true);
});

test('a change is drawn as columns, and a series that never varies is said in words', async ({
  page,
}) => {
  await page.goto('/2017/kpis/total-energy-consumption-change/');
  const change = page.locator('trend-chart');
  await expect(change).toHaveAttribute('data-kind', 'column');
  await expect(change.getByRole('img')).toHaveAccessibleName(/^柱形图：/);
  await page.goto('/2017/kpis/major-environmental-incidents/');
  const incidents = page.locator('trend-chart');
  await expect(incidents).toHaveAttribute('data-kind', 'dots');
  await expect(incidents.locator('.chart-summary')).toHaveText('2015–2017 年均为 0 次');
  await page.goto('/2017/kpis/solid-waste-utilisation-rate/');
  await expect(page.locator('trend-chart')).toHaveAttribute('data-kind', 'line');
});

for (const path of ['/2017/kpis/environmental-investment/', '/2017/operations/', '/2017/kpis/']) {
  test(`${path}: charts hold their place from the first paint, so nothing below them moves`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    // The charts have taken over from their tables, so the moment that could move things is behind us.
    if (await page.locator('trend-chart').count())
      await expect(page.locator('trend-chart').first()).toHaveAttribute('data-view', 'chart');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const shifts = await page.evaluate(
      () => (window as unknown as { layoutShifts: number[] }).layoutShifts,
    );
    // Nothing a reader sees moves: a sub-pixel rounding on a busy machine (0.0001) is no shift; the
    // charts that pushed the text down scored 0.16.
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.001);
  });
}
