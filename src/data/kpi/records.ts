/**
 * An indicator year by year across every report that holds it: the value that stands, where it
 * was first published, and each later change to it (a restatement by a later report, a correction
 * of a report after publication), with the report and the reason. What the indicator page's table
 * shows and its CSV/JSON carry.
 */
import { NOT_REPORTED } from '../../schemas/constants.ts';
import type { Kpi, KpiMeasure, KpiValue } from '../../schemas/kpi.ts';
import { cellKey, valuesAsFirstPublished } from './corrections.ts';
import type { ReportKpis } from './history.ts';
import { measureOf } from './series.ts';

/** A change to a published value: restated by a later report, or corrected after publication. */
export type Revision =
  | { kind: 'restated'; report: number; from: KpiValue; to: KpiValue; reason: string }
  | {
      kind: 'corrected';
      report: number;
      from: KpiValue;
      to: KpiValue;
      reason: string;
      date: string;
    };

export interface YearRecord {
  year: number;
  /** The value that stands: the latest report's, after its corrections. */
  value: KpiValue;
  /** The cell's printed text where it differs from the number ("14.45%", "+12.2"). */
  printed: string | undefined;
  /** What the value measures (from the report the value stands in). */
  measure: KpiMeasure;
  /** The unit the value is printed in (from the report the value stands in). */
  unit: string;
  /** The report whose value stands. */
  report: number;
  /** The value as first published, and the report that did. */
  first: { value: KpiValue; report: number };
  /** Every change since, in order. */
  revisions: Revision[];
}

/** The row of a report's table with this id (the first, if an id repeats). */
const rowIn = (report: ReportKpis, id: string): Kpi | undefined =>
  report.kpis.groups.flatMap((group) => group.rows).find((row) => row.id === id);

/** The indicator's records, one per data year any report gives it a value for, oldest first. */
export function kpiRecords(reports: readonly ReportKpis[], id: string): YearRecord[] {
  const records = new Map<number, YearRecord>();
  for (const report of [...reports].sort((a, b) => a.year - b.year)) {
    const row = rowIn(report, id);
    if (!row) continue;
    const firstValues = valuesAsFirstPublished(report.kpis);
    for (const year of report.kpis.years) {
      if (row.values[String(year)] === undefined) continue;
      const published = firstValues.get(cellKey(id, year))!;
      const before = records.get(year);
      // A later report that prints "-" for a year an earlier one gave says nothing new about it.
      if (before && published === NOT_REPORTED && before.value !== NOT_REPORTED) continue;
      const record: YearRecord = before ?? {
        year,
        value: published,
        printed: undefined,
        measure: row.measure,
        unit: row.unit,
        report: report.year,
        first: { value: published, report: report.year },
        revisions: [],
      };
      if (before && before.value !== published) {
        const declared = report.kpis.restatements.find((r) => r.kpi === id && r.year === year);
        record.revisions.push({
          kind: 'restated',
          report: report.year,
          from: before.value,
          to: published,
          reason: declared?.reason ?? '',
        });
      }
      record.value = published;
      record.report = report.year;
      record.measure = measureOf(row, year);
      record.unit = row.unit;
      record.printed = row.asPublished?.[String(year)];
      for (const c of report.kpis.corrections.filter((c) => c.kpi === id && c.year === year)) {
        record.revisions.push({
          kind: 'corrected',
          report: report.year,
          from: c.published,
          to: c.corrected,
          reason: c.reason,
          date: c.date,
        });
        record.value = c.corrected;
      }
      records.set(year, record);
    }
  }
  return [...records.values()].sort((a, b) => a.year - b.year);
}
