import { describe, expect, test } from 'vitest';
import {
  chartKind,
  constantSummary,
  niceStep,
  planChart,
  valueAxis,
} from '../../../../src/data/charts/plan.ts';
import { kpiSeries } from '../../../../src/data/kpi/series.ts';
import { realYear } from '../../content-2017.ts';

describe('the kind of chart follows what a row measures', () => {
  test.each([
    ['change-yoy', 3, false, 'column'],
    ['change-yoy', 12, false, 'column'],
    ['change-vs-2010', 3, false, 'column'],
    ['rate', 3, false, 'line'],
    ['rate', 12, false, 'line'],
    ['amount', 3, false, 'column'],
    ['amount', 5, false, 'column'],
    ['amount', 6, false, 'line'],
    ['amount', 3, true, 'dots'],
    ['rate', 3, true, 'dots'],
  ] as const)('%s over %i years (constant: %s) → %s', (measure, years, constant, kind) => {
    expect(chartKind(measure, years, constant)).toBe(kind);
  });
});

describe('niceStep', () => {
  test.each([
    [0.25, false, 0.25],
    [0.3, false, 0.5],
    [3.8, false, 5],
    [6.6, false, 10],
    [141235, false, 200000],
    [0.3, true, 1],
    [2.2, true, 5],
    [22, true, 25],
  ])('%s (whole: %s) → %s', (rough, whole, step) => {
    expect(niceStep(rough, whole)).toBe(step);
  });
});

describe('the value axis', () => {
  test.each([
    // A count that is 0 every year: 0–1 in whole numbers, never −2…2.
    [[0, 0, 0], '次', { min: 0, max: 1, step: 1, scale: 1 }],
    // Counts tick in whole numbers; amounts start at zero.
    [[1, 3, 2], '次', { min: 0, max: 3, step: 1, scale: 1 }],
    [[15.2, 14.5, 1.9], '亿元', { min: 0, max: 20, step: 5, scale: 1 }],
    [[27, 28.6, 30], '%', { min: 0, max: 30, step: 10, scale: 1 }],
    [[100, 100, 100], '%', { min: 0, max: 100, step: 25, scale: 1 }],
    // Six digits and more in 万; a unit that already carries 万 is grouped instead.
    [[166545, 203568, 564941], '人次', { min: 0, max: 600000, step: 200000, scale: 10_000 }],
    [[346200, 309960], '万吨', { min: 0, max: 400000, step: 100000, scale: 1 }],
    [[2.5e8, 1e8], '元', { min: 0, max: 3e8, step: 1e8, scale: 100_000_000 }],
    // Changes sit around zero.
    [[-0.87, -4.76, 12.2], '%', { min: -5, max: 15, step: 5, scale: 1 }],
    [[-0.44, -0.76, -23.71], '%', { min: -30, max: 0, step: 10, scale: 1 }],
  ])('%o %s → %o', (values, unit, axis) => {
    const result = valueAxis(values, unit);
    expect(result).toEqual(axis);
    expect(result.min).toBeLessThanOrEqual(Math.min(0, ...values));
    expect(result.max).toBeGreaterThanOrEqual(Math.max(...values));
  });

  test('non-negative data never gets a negative tick', () => {
    for (const values of [
      [0, 0],
      [0.1, 0.2],
      [5, 5, 5],
      [1, 1000000],
    ])
      expect(valueAxis(values, '吨').min).toBe(0);
  });
});

describe('a series that never varies is said in words', () => {
  test.each([
    [['2015', '2016', '2017'], [0, 0, 0], '次', '2015–2017 年均为 0 次'],
    [['2015', '2016', '2017'], [100, 100, 100], '%', '2015–2017 年均为 100%'],
    [['2015', '2016', '2017'], [null, 5, 5], '个', '2016–2017 年均为 5 个'],
    [['2015', '2016', '2017'], [7, null, 7], '个', '2015、2017 年均为 7 个'],
    [['2015', '2016', '2017'], [0, 1, 0], '次', undefined],
    [['2015', '2016', '2017'], [null, null, 3], '次', undefined],
  ])('%o %o %s → %s', (labels, values, unit, text) => {
    expect(constantSummary(labels, values, unit)).toBe(text);
  });

  test('with the decimals the table prints', () => {
    expect(constantSummary(['2016', '2017'], [30, 30], '%', 1)).toBe('2016–2017 年均为 30.0%');
  });
});

describe('the 2017 KPI rows get the chart their measure asks for', () => {
  const kpis = realYear().kpis!.data;
  const rows = kpis.groups.flatMap((g) => g.rows);
  const plan = (id: string) => {
    const kpi = rows.find((r) => r.id === id)!;
    const series = kpiSeries(kpi, kpis.years);
    return planChart({
      measure: series.measure === 'unclear' ? 'amount' : series.measure,
      labels: kpis.years.map(String),
      unit: kpi.unit,
      basis: kpi.basis,
      series: [{ label: kpi.name, values: series.points.map((p) => p.value) }],
    });
  };

  test.each([
    ['major-environmental-incidents', 'dots', '2015–2017 年均为 0 次'],
    ['new-project-impact-assessment-rate', 'dots', '2015–2017 年均为 100%'],
    ['total-energy-consumption-change', 'column', undefined],
    ['co2-emissions-change', 'column', undefined],
    ['solid-waste-utilisation-rate', 'line', undefined],
    ['environmental-training', 'column', undefined],
  ])('%s → %s', (id, kind, summary) => {
    const { spec, summary: said } = plan(id);
    expect(spec.kind).toBe(kind);
    expect(said).toBe(summary);
  });

  test('changes carry their sign and their 口径', () => {
    const { spec } = plan('total-energy-consumption-change');
    expect([spec.signed, spec.basis, spec.axis.min < 0]).toEqual([true, '同比', true]);
  });
});
