import { NOT_REPORTED } from '../../schemas/constants.ts';
import type { Kpi, KpiTable, KpiValue } from '../../schemas/kpi.ts';
import type { Revision, YearRecord } from './records.ts';
import type { Report } from '../../schemas/report.ts';
import { formatNumber } from '../text/format.ts';
import { spreadsheetCsv } from '../text/csv.ts';
import { MEASURE_LABELS, measureOf } from './series.ts';

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

/** The KPI table for spreadsheets, a row per indicator (src/data/text/csv.ts: no text becomes a formula). */
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
  ];
  const rows = data.indicators.map((kpi) => [
    `${data.source.organisation}《${data.source.report}》`,
    String(data.source.year),
    data.source.table,
    kpi.group,
    kpi.id,
    kpi.name,
    kpi.unit,
    ...data.years.map((year) => kpi.values[String(year)] ?? null),
    kpi.basis ?? '',
    data.years.map((year) => `${year}：${kpi.measures[String(year)]}`).join('；'),
    kpi.notes.join(' '),
    data.conventions,
  ]);
  return spreadsheetCsv([header, ...rows]);
}

/** Words for a revision, in the downloads and on the page. */
export const REVISION_LABELS: Record<Revision['kind'], string> = {
  restated: '重述',
  corrected: '更正',
};

/** A value for data people take away: a number, or null where the report prints "-". */
const plain = (value: KpiValue): number | null => (value === NOT_REPORTED ? null : value);

/** One indicator across every report that holds it, as data people can take away. */
export interface KpiIndicatorExport {
  source: KpiExport['source'];
  conventions: string;
  id: string;
  group: string;
  name: string;
  unit: string;
  basis: string | null;
  pillars: string[];
  years: {
    year: number;
    /** The value that stands; null where the report prints "-". */
    value: number | null;
    /** The unit of that value (another than the indicator's after a declared unit change). */
    unit: string;
    /** The cell's printed text where it differs from the number. */
    printed: string | null;
    measure: string;
    /** The report whose value stands. */
    report: number;
    firstPublished: { value: number | null; report: number };
    revisions: {
      kind: string;
      report: number;
      from: number | null;
      to: number | null;
      reason: string;
      date: string | null;
    }[];
  }[];
  notes: string[];
}

export const INDICATOR_CONVENTIONS =
  '每年一行：数值为最新报告所载（含更正）；首次发布数值及其后的重述、更正逐项列出；null（CSV 中为空）表示报告未披露该年数值（原表印作“-”）。';

export function kpiIndicatorExport(
  report: Report,
  table: KpiTable,
  group: string,
  kpi: Kpi,
  records: readonly YearRecord[],
): KpiIndicatorExport {
  return {
    source: {
      organisation: report.organisation,
      report: report.title,
      year: report.year,
      table: table.title,
    },
    conventions: INDICATOR_CONVENTIONS,
    id: kpi.id,
    group,
    name: kpi.name,
    unit: kpi.unit,
    basis: kpi.basis ?? null,
    pillars: kpi.pillars,
    years: records.map((r) => ({
      year: r.year,
      value: plain(r.value),
      unit: r.unit,
      printed: r.printed ?? null,
      measure: MEASURE_LABELS[r.measure],
      report: r.report,
      firstPublished: { value: plain(r.first.value), report: r.first.report },
      revisions: r.revisions.map((revision) => ({
        kind: REVISION_LABELS[revision.kind],
        report: revision.report,
        from: plain(revision.from),
        to: plain(revision.to),
        reason: revision.reason,
        date: revision.kind === 'corrected' ? revision.date : null,
      })),
    })),
    notes: kpi.notes,
  };
}

const shown = (value: number | null) => (value === null ? '-' : formatNumber(value));

/** One indicator for spreadsheets, a row per year, as the whole table is written. */
export function kpiIndicatorCsv(data: KpiIndicatorExport): string {
  const header = [
    '报告',
    '报告年份',
    '指标ID',
    '指标名称',
    '单位',
    '口径',
    '年份',
    '数值',
    '原表印作',
    '数值含义',
    '数值所在报告',
    '首次发布数值',
    '首次发布报告',
    '重述与更正',
    '编者注',
    '说明',
  ];
  const rows = data.years.map((year) => [
    `${data.source.organisation}《${data.source.report}》`,
    String(data.source.year),
    data.id,
    data.name,
    year.unit,
    data.basis ?? '',
    String(year.year),
    year.value,
    year.printed ?? '',
    year.measure,
    String(year.report),
    year.firstPublished.value,
    String(year.firstPublished.report),
    year.revisions
      .map(
        (r) =>
          `${r.date ?? `《${r.report} 降碳报告》`}${r.kind}：${shown(r.from)} → ${shown(r.to)}（${r.reason}）`,
      )
      .join('；'),
    data.notes.join(' '),
    data.conventions,
  ]);
  return spreadsheetCsv([header, ...rows]);
}
