import { expect, test } from 'vitest';
import { kpiCsv, kpiExport } from '../../../src/data/kpi-export.ts';
import { realYear } from '../content-2017.ts';
import { parseCsv } from '../../csv.ts';

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
