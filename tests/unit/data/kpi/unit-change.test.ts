/** A declared unit change across reports: values of the two units are never compared or drawn together. */
import { expect, test } from 'vitest';
import { kpiHistory, type ReportKpis } from '../../../../src/data/kpi/history.ts';
import { kpiSeries } from '../../../../src/data/kpi/series.ts';
import { yearOnYear } from '../../../../src/data/kpi/change.ts';
import { kpiRecords } from '../../../../src/data/kpi/records.ts';
import type { Kpi, KpiTable } from '../../../../src/schemas/kpi.ts';

const row = (unit: string, values: Kpi['values']): Kpi => ({
  id: 'office-power',
  name: '办公用电量',
  unit,
  values,
  measure: 'amount',
  notes: [],
  pillars: ['living'],
});
const report = (year: number, kpi: Kpi, more: Partial<KpiTable> = {}): ReportKpis => ({
  year,
  file: `content/${year}/kpis.json`,
  kpis: {
    title: '绩效',
    years: Object.keys(kpi.values).map(Number),
    groups: [{ id: 'eco', name: '降碳生态', rows: [kpi] }],
    restatements: [],
    corrections: [],
    unitChanges: [],
    ...more,
  },
});

const reports = [
  report(2017, row('万千瓦时', { '2016': 300, '2017': 370 })),
  report(2018, row('千瓦时', { '2018': 3_800_000 }), {
    unitChanges: [{ kpi: 'office-power', from: '万千瓦时', to: '千瓦时', reason: '按千瓦时统计' }],
  }),
];

test('the joined row keeps the earlier unit for the earlier years, and says why', () => {
  const joined = kpiHistory(reports).rows.get('office-power')!;
  expect(joined.unit).toBe('千瓦时');
  expect(joined.unitByYear).toEqual({ '2016': '万千瓦时', '2017': '万千瓦时' });
  expect(joined.notes).toContain(
    '《2018 降碳报告》起单位由“万千瓦时”改为“千瓦时”：按千瓦时统计。以“万千瓦时”发布的数值按原单位列出，不与“千瓦时”的数值比较或画在一起。',
  );
});

test('the chart leaves the other unit out, and no change is computed across it', () => {
  const joined = kpiHistory(reports).rows.get('office-power')!;
  const series = kpiSeries(joined, [2016, 2017, 2018]);
  expect(series.points).toEqual([
    { year: 2016, value: null },
    { year: 2017, value: null },
    { year: 2018, value: 3_800_000 },
  ]);
  expect(series.omissions[0]).toBe(
    '2016 年的数值（300 万千瓦时）以“万千瓦时”发布，与其他年份的“千瓦时”单位不同，未画入图中。',
  );
  expect(yearOnYear(series)).toBeUndefined();
});

test('each year’s record names the unit it was published in', () => {
  expect(kpiRecords(reports, 'office-power').map((r) => [r.year, r.unit])).toEqual([
    [2016, '万千瓦时'],
    [2017, '万千瓦时'],
    [2018, '千瓦时'],
  ]);
});
