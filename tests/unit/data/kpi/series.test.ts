import { describe, expect, test } from 'vitest';
import { kpiSeries } from '../../../../src/data/kpi/series.ts';
import { realYear } from '../../content-2017.ts';

const kpis = realYear().kpis!.data;
const row = (id: string) => kpis.groups.flatMap((g) => g.rows).find((r) => r.id === id)!;
const series = (id: string) => kpiSeries(row(id), kpis.years);
const values = (id: string) => series(id).points.map((p) => p.value);

describe('KPI rows become chart series that only join comparable values', () => {
  test.each([
    ['environmental-investment', [15.2, 14.5, 1.9], true],
    ['co2-emissions-change', [null, -8.47, 14.45], true],
    ['aluminium-fabrication-energy-consumption', [228.76, 214.06, null], true],
    ['copper-products-energy-consumption', [null, -6.03, -27.09], true],
    ['aluminium-ingot-ac-power', [-148, null, null], false],
    ['fresh-water-use', [null, null, 14176], false],
    ['industrial-water-reuse-rate', [null, null, 96.28], false],
    ['major-environmental-incidents', [0, 0, 0], true],
  ] as const)('%s → %o (chartable: %s)', (id, expected, chartable) => {
    expect(values(id)).toEqual(expected);
    expect(series(id).chartable).toBe(chartable);
  });

  test('a value that measures something else is left out, and the chart says why', () => {
    expect(series('aluminium-fabrication-energy-consumption').omissions).toEqual([
      '2017 年的数值（-20.46）是同比变化，与其他年份的绝对量不可比，未画入图中。',
    ]);
  });

  test('not-reported values are gaps, said as such, never zeros', () => {
    expect(series('co2-emissions-change').omissions).toEqual(['2015 年未披露，图中此处留空。']);
    expect(values('water-reuse-volume')).toEqual([null, 34.62, 30.99]);
  });

  test('a row with fewer than two comparable values gets no chart, with the reasons', () => {
    expect(series('aluminium-ingot-ac-power').omissions).toEqual([
      '2016 年的数值（-0.225）是含义未说明的数值，与其他年份的同比变化不可比，未画入图中。',
      '2017 年的数值（-0.629）是含义未说明的数值，与其他年份的同比变化不可比，未画入图中。',
      '可比的数值不足两个，不绘制趋势图。',
    ]);
  });

  test('units, 口径 and notes travel with the series', () => {
    const co2 = series('co2-emissions-change');
    expect([co2.unit, co2.basis, co2.measure]).toEqual(['%', '同比 2010 年', 'change-vs-2010']);
    expect(co2.notes).toHaveLength(2);
  });
});
