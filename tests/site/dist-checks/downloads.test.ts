/**
 * The KPI table's downloads: the whole table and each indicator as CSV (with a BOM, so that Excel
 * reads it as UTF-8) and JSON, each holding exactly the values of content/2017/kpis.json (a value
 * not reported as empty), and linked from the pages that show them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, PROJECT_ROOT } from '../../support/built-site.ts';
import { parseCsv } from '../../csv.ts';

const source = JSON.parse(readFileSync(join(PROJECT_ROOT, 'content/2017/kpis.json'), 'utf8'));
const sourceRows = source.groups.flatMap(
  (g: { rows: { id: string; values: Record<string, number | string> }[] }) => g.rows,
);
const published = (value: number | string) => (value === 'not-reported' ? null : value);

test('the published JSON download equals the source table', () => {
  const data = JSON.parse(
    readFileSync(join(DIST, '2017/kpis/chinalco-2017-carbon-kpis.json'), 'utf8'),
  );
  expect(data.source.report).toBe('2017 降碳报告');
  expect(data.indicators.map((i: { id: string }) => i.id)).toEqual(
    sourceRows.map((r: { id: string }) => r.id),
  );
  for (const [i, row] of sourceRows.entries()) {
    expect(data.indicators[i].values).toEqual(
      Object.fromEntries(
        Object.entries(row.values).map(([y, v]) => [y, published(v as number | string)]),
      ),
    );
  }
});

test('the published CSV download equals the source table and opens in Excel (BOM)', () => {
  const text = readFileSync(join(DIST, '2017/kpis/chinalco-2017-carbon-kpis.csv'), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [, ...lines] = parseCsv(text.slice(1));
  expect(lines.map((line) => line[4])).toEqual(sourceRows.map((r: { id: string }) => r.id));
  for (const [i, row] of sourceRows.entries()) {
    expect(lines[i]!.slice(7, 10).map((c) => (c === '' ? null : Number(c)))).toEqual(
      ['2015', '2016', '2017'].map((y) => published(row.values[y])),
    );
  }
});

test('the KPI page links both downloads', () => {
  const html = readFileSync(join(DIST, '2017/kpis/index.html'), 'utf8');
  expect(html).toContain('href="/2017/kpis/chinalco-2017-carbon-kpis.csv"');
  expect(html).toContain('href="/2017/kpis/chinalco-2017-carbon-kpis.json"');
});

test("every indicator page links its own CSV and JSON, which give the source's values year by year", () => {
  for (const row of sourceRows as { id: string; values: Record<string, number | string> }[]) {
    const folder = join(DIST, '2017/kpis', row.id);
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    const base = `chinalco-2017-carbon-kpi-${row.id}`;
    expect(html).toContain(`href="/2017/kpis/${row.id}/${base}.csv"`);
    expect(html).toContain(`href="/2017/kpis/${row.id}/${base}.json"`);
    const data = JSON.parse(readFileSync(join(folder, `${base}.json`), 'utf8'));
    expect(data.id).toBe(row.id);
    expect(
      Object.fromEntries(
        data.years.map((y: { year: number; value: number | null }) => [String(y.year), y.value]),
      ),
    ).toEqual(Object.fromEntries(Object.entries(row.values).map(([y, v]) => [y, published(v)])));
    const text = readFileSync(join(folder, `${base}.csv`), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [, ...lines] = parseCsv(text.slice(1));
    expect(lines.map((line) => [line[6], line[7] === '' ? null : Number(line[7])])).toEqual(
      Object.entries(row.values).map(([y, v]) => [y, published(v)]),
    );
  }
});
