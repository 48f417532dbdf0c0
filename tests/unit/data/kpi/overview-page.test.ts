/** The KPI overview of a year (src/data/kpi/overview-page.ts). */
import { expect, test } from 'vitest';
import { overviewPageModel } from '../../../../src/data/kpi/overview-page.ts';
import type { Kpi, KpiTable } from '../../../../src/schemas/kpi.ts';

const row = (id: string, values: Kpi['values']): Kpi => ({
  id,
  name: id,
  unit: '吨',
  values,
  measure: 'amount',
  notes: [],
  pillars: [],
});
const table = (years: number[], groups: KpiTable['groups']): KpiTable => ({
  title: '绩效',
  years,
  groups,
  restatements: [],
  unitChanges: [],
  corrections: [],
});
const y2017 = {
  year: 2017,
  kpis: table(
    [2016, 2017],
    [{ id: 'eco', name: '生态', rows: [row('water', { '2016': 1, '2017': 2 })] }],
  ),
};
const y2018 = {
  year: 2018,
  kpis: table(
    [2017, 2018],
    [
      { id: 'eco', name: '生态', rows: [row('water', { '2017': 2, '2018': 3 })] },
      {
        id: 'life',
        name: '生活',
        rows: [row('paper', { '2017': 5, '2018': 4 }), row('power', { '2018': 9 })],
      },
    ],
  ),
};

test("each group of the year's table with its indicators, over every year of the reports so far", () => {
  const page = overviewPageModel(y2018, [y2018, y2017]);
  expect(page.years).toEqual([2016, 2017, 2018]);
  expect(
    page.groups.map(({ group, indicators }) => [group.id, indicators.map((i) => i.id)]),
  ).toEqual([
    ['eco', ['water']],
    ['life', ['paper', 'power']],
  ]);
  // The 2016 value comes from the 2017 report.
  expect(page.groups[0]!.indicators[0]!.row.values).toMatchObject({ '2016': 1, '2018': 3 });
});

test("a year's overview leaves out later reports", () => {
  expect(overviewPageModel(y2017, [y2018, y2017]).years).toEqual([2016, 2017]);
});

test('is described by its introduction', () => {
  expect(overviewPageModel(y2017, [y2017]).description).toMatch(/^.{10,120}$/);
});
