import { describe, expect, test } from 'vitest';
import {
  checkKpiIds,
  checkRestatements,
  kpiHistory,
  type ReportKpis,
} from '../../../src/data/kpi-history.ts';
import type { Kpi, KpiTable } from '../../../src/schemas/kpi.ts';

const row = (values: Kpi['values'], extra: Partial<Kpi> = {}): Kpi => ({
  id: 'office-power',
  name: '办公用电量',
  unit: '万千瓦时',
  values,
  measure: 'amount',
  notes: [],
  pillars: ['living'],
  ...extra,
});
const table = (
  years: number[],
  kpi: Kpi,
  restatements: KpiTable['restatements'] = [],
): KpiTable => ({
  title: '绩效',
  years,
  groups: [{ id: 'eco', name: '降碳生态', rows: [kpi] }],
  restatements,
  corrections: [],
  unitChanges: [],
});
const report2017: ReportKpis = {
  year: 2017,
  file: 'content/2017/kpis.json',
  kpis: table([2015, 2016, 2017], row({ '2015': 215, '2016': 300, '2017': 370 })),
};
const report2018 = (
  values: Kpi['values'],
  restatements: KpiTable['restatements'] = [],
): ReportKpis => ({
  year: 2018,
  file: 'content/2018/kpis.json',
  kpis: table([2016, 2017, 2018], row(values), restatements),
});

describe('checkKpiIds', () => {
  test('a row that keeps its id, or a new KPI with a name of its own, passes', () => {
    const added = row({ '2018': 1 }, { id: 'new-kpi', name: '新指标' });
    const report = report2018({ '2016': 300, '2017': 370, '2018': 390 });
    report.kpis.groups[0]!.rows.push(added);
    expect(checkKpiIds([report2017, report])).toEqual([]);
  });

  test('a renamed id, which would start the series again, names the id to keep', () => {
    const renamed = report2018({ '2016': 300, '2017': 370, '2018': 390 });
    renamed.kpis.groups[0]!.rows[0] = {
      ...renamed.kpis.groups[0]!.rows[0]!,
      id: 'office-electricity',
    };
    expect(checkKpiIds([report2017, renamed])).toEqual([
      {
        file: 'content/2018/kpis.json',
        field: 'groups[0].rows[0].id',
        message:
          '"office-electricity" is a new KPI id, but the row has the name and unit of "office-power" in content/2017/kpis.json, which this table lacks. Write "office-power" so that its series joins the earlier years\', or give a new KPI a name of its own.',
      },
    ]);
  });
});

describe('checkKpiIds when the name changed too', () => {
  test('a new id and name over the earlier years’ values of a row this table lacks names the id to keep', () => {
    const renamed = report2018({ '2016': 300, '2017': 370, '2018': 390 });
    renamed.kpis.groups[0]!.rows[0] = {
      ...renamed.kpis.groups[0]!.rows[0]!,
      id: 'office-electricity',
      name: '总部办公用电量',
    };
    expect(checkKpiIds([report2017, renamed]).map((p) => p.message)).toEqual([
      '"office-electricity" is a new KPI id and "总部办公用电量" a new name, but the row\'s values for 2016, 2017 are those of "office-power" ("办公用电量") in content/2017/kpis.json, which this table lacks: its series would silently start over. If it is the same indicator, write "office-power" as its id (the new name may stay); if it is a new one, check its values against the report.',
    ]);
  });

  test('a new indicator whose values differ, or that shares only one earlier value, passes', () => {
    const other = report2018({ '2016': 300, '2017': 371, '2018': 390 });
    other.kpis.groups[0]!.rows[0] = { ...other.kpis.groups[0]!.rows[0]!, id: 'x', name: '新指标' };
    const one = report2018({ '2016': 'not-reported', '2017': 370, '2018': 390 });
    one.kpis.groups[0]!.rows[0] = { ...one.kpis.groups[0]!.rows[0]!, id: 'x', name: '新指标' };
    expect(checkKpiIds([report2017, other])).toEqual([]);
    expect(checkKpiIds([report2017, one])).toEqual([]);
  });
});

test('a repeated KPI id brings no restatement or renaming problem beside it (unique-kpi-id reports it)', () => {
  const report = report2018({ '2016': 300, '2017': 370, '2018': 390 });
  report.kpis.groups[0]!.rows.push(row({ '2016': 1, '2017': 2, '2018': 3 }, { name: '别的指标' }));
  expect(checkRestatements([report2017, report])).toEqual([]);
  expect(checkKpiIds([report2017, report])).toEqual([]);
});

describe('checkRestatements', () => {
  test('a later report that agrees with the earlier one passes', () => {
    expect(
      checkRestatements([report2017, report2018({ '2016': 300, '2017': 370, '2018': 390 })]),
    ).toEqual([]);
  });

  test('an undeclared different value names both files, the KPI, the year and both values', () => {
    expect(
      checkRestatements([report2017, report2018({ '2016': 300, '2017': 365, '2018': 390 })]),
    ).toEqual([
      {
        file: 'content/2018/kpis.json',
        field: 'groups[0].rows[0].values.2017',
        message:
          'The KPI "office-power" gives 2017 as 365 here, but content/2017/kpis.json published 370. If the 2018 report restates the figure, declare it: add { "kpi": "office-power", "year": 2017, "reason": "…" } to "restatements". Otherwise write 370.',
      },
    ]);
  });

  test('a declared restatement passes; a declaration that matches no change, or no KPI, is reported', () => {
    const declared = { kpi: 'office-power', year: 2017, reason: '统计口径调整' };
    expect(
      checkRestatements([
        report2017,
        report2018({ '2016': 300, '2017': 365, '2018': 390 }, [declared]),
      ]),
    ).toEqual([]);
    expect(
      checkRestatements([
        report2017,
        report2018({ '2016': 300, '2017': 370, '2018': 390 }, [declared]),
      ])[0]?.message,
    ).toMatch(/^The restatement of "office-power" for 2017 matches no change/);
    expect(
      checkRestatements([
        report2017,
        report2018({ '2016': 300, '2017': 370, '2018': 390 }, [{ ...declared, kpi: 'office-pwr' }]),
      ]),
    ).toEqual([
      {
        file: 'content/2018/kpis.json',
        field: 'restatements[0].kpi',
        message:
          '"office-pwr" is not the id of a KPI in this table. Expected the id of the row whose value is restated.',
      },
    ]);
  });
});

describe('kpiHistory joins the series of several reports by KPI id', () => {
  test('a 2018 report carrying 2016–2018 extends the 2017 report’s 2015–2017 series', () => {
    const { years, rows } = kpiHistory([
      report2017,
      report2018({ '2016': 300, '2017': 370, '2018': 390 }),
    ]);
    expect(years).toEqual([2015, 2016, 2017, 2018]);
    expect(rows.get('office-power')?.values).toEqual({
      '2015': 215,
      '2016': 300,
      '2017': 370,
      '2018': 390,
    });
  });

  test('a restated value replaces the earlier one, with a note saying so', () => {
    const { rows } = kpiHistory([
      report2017,
      report2018({ '2016': 300, '2017': 365, '2018': 390 }, [
        { kpi: 'office-power', year: 2017, reason: '统计口径调整' },
      ]),
    ]);
    expect(rows.get('office-power')?.values['2017']).toBe(365);
    expect(rows.get('office-power')?.notes).toEqual([
      '2017 年数值在《2018 降碳报告》中重述为 365（此前发布为 370）：统计口径调整',
    ]);
  });

  test('a later "not-reported" never hides a value an earlier report published', () => {
    const { rows } = kpiHistory([
      report2017,
      report2018({ '2016': 'not-reported', '2017': 370, '2018': 390 }),
    ]);
    expect(rows.get('office-power')?.values['2016']).toBe(300);
  });
});

test("an earlier report's notes travel with the values it published", () => {
  const annotated: ReportKpis = {
    ...report2017,
    kpis: table(
      [2015, 2016, 2017],
      row({ '2015': 215, '2016': 300, '2017': 370 }, { notes: ['2015 年数值口径不同。'] }),
    ),
  };
  const { rows } = kpiHistory([annotated, report2018({ '2016': 300, '2017': 370, '2018': 390 })]);
  expect(rows.get('office-power')?.notes).toEqual(['《2017 降碳报告》：2015 年数值口径不同。']);
});
