import { describe, expect, test } from 'vitest';
import {
  kpiCsv,
  kpiExport,
  kpiIndicatorCsv,
  kpiIndicatorExport,
} from '../../../../src/data/kpi/export.ts';
import type { YearRecord } from '../../../../src/data/kpi/records.ts';
import { realYear } from '../../content-2017.ts';
import { parseCsv } from '../../../csv.ts';

const year = realYear();
const report = year.report!.data;
const kpis = year.kpis!.data;
const rows = kpis.groups.flatMap((g) => g.rows.map((row) => ({ group: g.name, row })));
const data = kpiExport(report, kpis);

test('the JSON export holds every row of the source table with its values, gaps as null', () => {
  expect(data.indicators.map((i) => i.id)).toEqual(rows.map(({ row }) => row.id));
  for (const [i, { group, row }] of rows.entries()) {
    const exported = data.indicators[i]!;
    expect([exported.group, exported.name, exported.unit, exported.basis]).toEqual([
      group,
      row.name,
      row.unit,
      row.basis ?? null,
    ]);
    for (const y of kpis.years) {
      const value = row.values[String(y)];
      expect(exported.values[String(y)]).toBe(value === 'not-reported' ? null : value);
    }
    expect(exported.notes).toEqual(row.notes);
  }
  expect(data.source).toEqual({
    organisation: '中国铝业集团有限公司',
    report: '2017 降碳报告',
    year: 2017,
    table: '绿之果·降碳绩效',
  });
});

test('the CSV starts with a BOM and equals the JSON export cell for cell', () => {
  const csv = kpiCsv(data);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...lines] = parseCsv(csv.slice(1));
  expect(header).toEqual([
    '报告',
    '报告年份',
    '表',
    '分组',
    '指标ID',
    '指标名称',
    '单位',
    '2015',
    '2016',
    '2017',
    '口径',
    '数值含义',
    '编者注',
    '说明',
  ]);
  expect(lines).toHaveLength(data.indicators.length);
  for (const [i, line] of lines.entries()) {
    const kpi = data.indicators[i]!;
    expect(line.slice(0, 7)).toEqual([
      '中国铝业集团有限公司《2017 降碳报告》',
      '2017',
      '绿之果·降碳绩效',
      kpi.group,
      kpi.id,
      kpi.name,
      kpi.unit,
    ]);
    expect(line.slice(7, 10).map((cell) => (cell === '' ? null : Number(cell)))).toEqual(
      kpis.years.map((y) => kpi.values[String(y)]),
    );
    expect(line[10]).toBe(kpi.basis ?? '');
    expect(line[12]).toBe(kpi.notes.join(' '));
  }
});

describe('one indicator', () => {
  const kpi = rows.find(({ row }) => row.id === 'co2-emissions-change')!;
  const records: YearRecord[] = [
    {
      year: 2016,
      value: -8.47,
      printed: undefined,
      measure: 'change-vs-2010',
      unit: '%',
      report: 2017,
      first: { value: -8.47, report: 2017 },
      revisions: [],
    },
    {
      year: 2017,
      value: 14.45,
      printed: '14.45%',
      measure: 'change-vs-2010',
      unit: '%',
      report: 2018,
      first: { value: 14.4, report: 2017 },
      revisions: [
        { kind: 'restated', report: 2018, from: 14.4, to: 14.45, reason: '=HYPERLINK("x")' },
      ],
    },
  ];
  const one = kpiIndicatorExport(report, kpis, kpi.group, kpi.row, records);

  test('the JSON names the indicator and gives every year with its revisions', () => {
    expect([one.id, one.group, one.name, one.unit, one.basis]).toEqual([
      'co2-emissions-change',
      '降碳运营',
      '二氧化碳排放量变化率',
      '%',
      '同比 2010 年',
    ]);
    expect(one.years[1]).toEqual({
      year: 2017,
      value: 14.45,
      unit: '%',
      printed: '14.45%',
      measure: '较 2010 年的变化',
      report: 2018,
      firstPublished: { value: 14.4, report: 2017 },
      revisions: [
        {
          kind: '重述',
          report: 2018,
          from: 14.4,
          to: 14.45,
          reason: '=HYPERLINK("x")',
          date: null,
        },
      ],
    });
  });

  test('the CSV has a row per year, numbers as numbers, and no text a spreadsheet runs', () => {
    const csv = kpiIndicatorCsv(one);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...lines] = parseCsv(csv.slice(1));
    expect(header!.slice(6, 14)).toEqual([
      '年份',
      '数值',
      '原表印作',
      '数值含义',
      '数值所在报告',
      '首次发布数值',
      '首次发布报告',
      '重述与更正',
    ]);
    expect(lines.map((line) => line.slice(6, 8))).toEqual([
      ['2016', '-8.47'],
      ['2017', '14.45'],
    ]);
    expect(lines[1]![13]).toBe('《2018 降碳报告》重述：14.4 → 14.45（=HYPERLINK("x")）');
    expect(csv).not.toMatch(/(^|,)"[=+@]/m);
  });
});
