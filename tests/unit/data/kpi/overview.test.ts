import { describe, expect, test } from 'vitest';
import { yearOnYear } from '../../../../src/data/kpi/change.ts';
import { overviewRow, printedDecimals, valueWithUnit } from '../../../../src/data/kpi/overview.ts';
import { kpiSeries } from '../../../../src/data/kpi/series.ts';
import { kpiTableChapters, kpiTitles } from '../../../../src/data/kpi/pages.ts';
import type { Kpi } from '../../../../src/schemas/kpi.ts';
import { realYear } from '../../content-2017.ts';

const YEARS = [2015, 2016, 2017];
const kpis = realYear().kpis!.data;
const byId = (id: string) => kpis.groups.flatMap((g) => g.rows).find((r) => r.id === id)!;
const change = (kpi: Kpi) => yearOnYear(kpiSeries(kpi, YEARS));

describe('the change against the year before, where it means something', () => {
  test.each([
    // Amounts change by a share of themselves.
    ['environmental-investment', 'percent', -86.9, '-86.9%'],
    ['environmental-training', 'percent', 177.5, '+177.5%'],
    ['office-water', 'percent', -4.3, '-4.3%'],
    // Rates change by percentage points, computed without floating-point noise (30 − 28.6).
    ['solid-waste-utilisation-rate', 'points', 1.4, '+1.4 个百分点'],
    ['new-project-impact-assessment-rate', 'points', 0, '持平'],
  ] as const)('%s: %s %s (%s)', (id, kind, value, text) => {
    expect(change(byId(id))).toEqual({ kind, value, from: 2016, to: 2017, text });
  });

  test.each([
    // A row that is itself a change has no change of a change.
    'co2-emissions-change',
    'total-energy-consumption-change',
    'alumina-energy-consumption',
    // The latest value measures something else than the row (not comparable).
    'aluminium-fabrication-energy-consumption',
    // The year before was not reported.
    'industrial-water-reuse-rate',
    'fresh-water-use',
    // A share of zero says nothing.
    'major-environmental-incidents',
  ])('%s: none', (id) => {
    const kpi = byId(id);
    expect(overviewRow(kpi, YEARS, kpi.name).change).toBeUndefined();
  });

  test('a year missing between the two latest values gives none', () => {
    const kpi = { ...byId('office-water'), values: { '2015': 14.5, '2017': 16.55 } };
    expect(change(kpi)).toBeUndefined();
  });
});

describe('the overview row', () => {
  test('says why there is no change', () => {
    const kpi = byId('co2-emissions-change');
    expect(overviewRow(kpi, YEARS, kpi.name).noChange).toBe('本行数值即为变化率');
    const fresh = byId('fresh-water-use');
    expect(overviewRow(fresh, YEARS, fresh.name).noChange).toBe('无可比的上年数值');
  });

  test('names its sparkline with every year, gaps and values left out said in words', () => {
    const co2 = byId('co2-emissions-change');
    expect(overviewRow(co2, YEARS, co2.name).spark).toEqual({
      values: [null, -8.47, 14.45],
      kind: 'column',
      label: '二氧化碳排放量变化率趋势：2015 年 未披露，2016 年 -8.47%，2017 年 +14.45%',
    });
    const copper = byId('copper-products-energy-consumption');
    expect(overviewRow(copper, YEARS, copper.name).spark.label).toBe(
      '铜材综合能耗趋势：2015 年 7.43 千克标煤 / 吨（不可比，未画出），2016 年 -6.03 千克标煤 / 吨，2017 年 -27.09 千克标煤 / 吨',
    );
  });

  test('draws the kind of chart the chart plan chooses', () => {
    const kind = (id: string) => overviewRow(byId(id), YEARS, id).spark.kind;
    expect(kind('solid-waste-utilisation-rate')).toBe('line');
    expect(kind('environmental-investment')).toBe('column');
    expect(kind('major-environmental-incidents')).toBe('dots');
    expect(kind('refined-copper-energy-consumption')).toBe('column');
  });
});

describe('a value with its unit', () => {
  test.each([
    ['environmental-training', 2017, '564,941 人次'],
    ['co2-emissions-change', 2017, '+14.45%'],
    ['co2-emissions-change', 2015, '未披露'],
    ['energy-intensity-change-second-entry', 2017, '-24.20%'],
    ['solid-waste-utilisation-rate', 2015, '27.0%'],
    ['industrial-water-reuse-rate', 2017, '96.28%'],
  ])('%s %i → %s', (id, year, text) => {
    expect(valueWithUnit(byId(id), year)).toBe(text);
  });

  test('keeps the decimals the report prints', () => {
    expect(printedDecimals('27.0')).toBe(1);
    expect(printedDecimals('-24.20')).toBe(2);
    expect(printedDecimals('14.45%')).toBe(2);
    expect(printedDecimals('+12')).toBe(0);
    expect(printedDecimals(undefined)).toBeUndefined();
    expect(printedDecimals('约 3')).toBeUndefined();
  });
});

describe('kpiTitles', () => {
  test('a name printed twice is told apart by its place in the table; others stay as printed', () => {
    const titles = kpiTitles(kpis);
    expect(titles.get('energy-intensity-change')).toBe('万元产值综合能耗变化率（表中第 1 处）');
    expect(titles.get('energy-intensity-change-second-entry')).toBe(
      '万元产值综合能耗变化率（表中第 2 处）',
    );
    expect(titles.get('environmental-investment')).toBe('环保总投资');
    expect(new Set(titles.values()).size).toBe(titles.size);
  });
});

describe('kpiTableChapters', () => {
  test('the chapters that hold the <KpiTable /> tag', () => {
    const chapters = realYear().chapters.map((c) => ({ slug: c.id, entry: { body: c.body } }));
    expect(kpiTableChapters(chapters).map((c) => c.slug)).toEqual(['performance']);
  });
});
