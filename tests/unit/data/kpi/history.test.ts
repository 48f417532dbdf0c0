import { describe, expect, test } from 'vitest';
import { kpiHistory, type ReportKpis } from '../../../../src/data/kpi/history.ts';
import { checkKpiIds } from '../../../../src/rules/kpi-id-continuity.ts';
import { checkRestatements } from '../../../../src/rules/restatement-declared.ts';
import type { Kpi, KpiTable } from '../../../../src/schemas/kpi.ts';

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
          '"office-electricity" 是新的指标 id，但这一行的名称和单位与 content/2017/kpis.json 中的 "office-power" 相同，而本表中没有 "office-power"。同一指标应沿用原来的 id，数据序列才能接上前几年。若是同一指标，请把 id 写作 "office-power"；若是新指标，请给它起一个自己的名称。',
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
      '"office-electricity" 是新的指标 id，"总部办公用电量" 也是新的名称，但这一行 2016 年、2017 年的数值与 content/2017/kpis.json 中的 "office-power"（"办公用电量"）相同，而本表中没有 "office-power"：它的数据序列会悄悄重新开始。同一指标应沿用原来的 id。若是同一指标，请把 id 写作 "office-power"（新名称可以保留）；若是新指标，请对照报告核对它的数值。',
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
          '指标 "office-power" 2017 年的数值在此为 365，而之前的报告（content/2017/kpis.json）中为 370。已发布的数值只有声明为重述才能改变。若《2018 降碳报告》重述了这个数值，请在 "restatements" 中加上 { "kpi": "office-power", "year": 2017, "reason": "待填写：重述原因" }，并把“待填写：重述原因”换成报告写明的原因；否则请把数值改回 370。',
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
    ).toMatch(/^对指标 "office-power" 2017 年数值的重述声明没有对应的变化/);
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
          '"restatements" 中的 "office-pwr" 不是本表中指标的 id。应为数值被重述的那一行的 id，即其中之一："office-power"。是否应为 "office-power"？',
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
