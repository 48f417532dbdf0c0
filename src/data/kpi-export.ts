import { NOT_REPORTED } from '../schemas/constants.ts';
import type { KpiTable } from '../schemas/kpi.ts';
import type { Report } from '../schemas/report.ts';
import { formatNumber } from './format.ts';
import { csvField } from './safe-output.ts';
import { MEASURE_LABELS, measureOf } from './kpi-series.ts';

/** The KPI table as data people can take away, with its source on every copy. */
export interface KpiExport {
  source: { organisation: string; report: string; year: number; table: string };
  /** How to read the values. */
  conventions: string;
  years: number[];
  indicators: {
    id: string;
    group: string;
    name: string;
    unit: string;
    basis: string | null;
    /** The value per year; null where the report prints "-" (not reported). */
    values: Record<string, number | null>;
    /** What each year's value measures. */
    measures: Record<string, string>;
    notes: string[];
  }[];
}

export const CONVENTIONS =
  '数值按原报告发布；null（CSV 中为空）表示报告未披露该年数值（原表印作“-”）；编者注说明原表中前后不一致之处。';

export function kpiExport(report: Report, kpis: KpiTable): KpiExport {
  return {
    source: {
      organisation: report.organisation,
      report: report.title,
      year: report.year,
      table: kpis.title,
    },
    conventions: CONVENTIONS,
    years: kpis.years,
    indicators: kpis.groups.flatMap((group) =>
      group.rows.map((row) => ({
        id: row.id,
        group: group.name,
        name: row.name,
        unit: row.unit,
        basis: row.basis ?? null,
        values: Object.fromEntries(
          kpis.years.map((year) => {
            const value = row.values[String(year)];
            return [String(year), value === undefined || value === NOT_REPORTED ? null : value];
          }),
        ),
        measures: Object.fromEntries(
          kpis.years.map((year) => [String(year), MEASURE_LABELS[measureOf(row, year)]]),
        ),
        notes: row.notes,
      })),
    ),
  };
}

/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese), CRLF lines, every field
 * quoted; text goes through csvField, so no name or note can become a formula.
 */
export function kpiCsv(data: KpiExport): string {
  const header = [
    '报告',
    '报告年份',
    '表',
    '分组',
    '指标ID',
    '指标名称',
    '单位',
    ...data.years.map(String),
    '口径',
    '数值含义',
    '编者注',
    '说明',
  ].map(csvField);
  const rows = data.indicators.map((kpi) => [
    ...[
      `${data.source.organisation}《${data.source.report}》`,
      String(data.source.year),
      data.source.table,
      kpi.group,
      kpi.id,
      kpi.name,
      kpi.unit,
    ].map(csvField),
    ...data.years.map((year) => {
      const value = kpi.values[String(year)];
      // A number stays a number for the spreadsheet, even a negative one.
      return value === null || value === undefined ? csvField('') : `"${formatNumber(value)}"`;
    }),
    ...[
      kpi.basis ?? '',
      data.years.map((year) => `${year}：${kpi.measures[String(year)]}`).join('；'),
      kpi.notes.join(' '),
      data.conventions,
    ].map(csvField),
  ]);
  return `\uFEFF${[header, ...rows].map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
