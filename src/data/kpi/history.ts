import { NOT_REPORTED } from '../../schemas/constants.ts';
import type { Kpi, KpiMeasure, KpiTable } from '../../schemas/kpi.ts';
import { measureOf } from './series.ts';
import { formatNumber } from '../text/format.ts';
import type { YearContent } from '../content/year-content.ts';

/** One report's KPI table and where it lives. */
export interface ReportKpis {
  year: number;
  file: string;
  kpis: KpiTable;
}

/** A row's value for a year, when it is a number (not "not-reported"). */
export const numberOf = (row: Kpi, year: number) => {
  const value = row.values[String(year)];
  return typeof value === 'number' ? value : undefined;
};

/** A KPI row across reports: values an earlier report printed in another unit keep that unit. */
export type HistoryRow = Kpi & { unitByYear?: Record<string, string> };

/** The KPI tables of the years that have one. */
export function reportKpis(contents: readonly YearContent[]): ReportKpis[] {
  return contents.flatMap((c) =>
    c.kpis ? [{ year: c.year, file: c.kpis.file, kpis: c.kpis.data }] : [],
  );
}

/**
 * The KPI series of a report joined with the earlier reports' by KPI id: every data year any of
 * them covers, each value from the latest report that states it, restatements said in a note.
 */
export function kpiHistory(reports: readonly ReportKpis[]): {
  years: number[];
  rows: Map<string, HistoryRow>;
} {
  const ordered = [...reports].sort((a, b) => a.year - b.year);
  const years = [...new Set(ordered.flatMap((r) => r.kpis.years))].sort((a, b) => a - b);
  const latest = ordered.at(-1);
  const rows = new Map<string, HistoryRow>();
  for (const group of latest?.kpis.groups ?? []) {
    for (const row of group.rows) {
      const values: Kpi['values'] = {};
      const unitByYear: Record<string, string> = {};
      const measures: Record<string, KpiMeasure> = {};
      const asPublished: Record<string, string> = {};
      const notes = [...row.notes];
      for (const report of ordered) {
        const earlier = report.kpis.groups.flatMap((g) => g.rows).find((r) => r.id === row.id);
        if (!earlier) continue;
        // An earlier report's notes explain the values it published; they travel with them.
        if (report !== latest)
          notes.push(...earlier.notes.map((note) => `《${report.year} 降碳报告》：${note}`));
        for (const change of report.kpis.unitChanges.filter((c) => c.kpi === row.id))
          notes.push(
            `《${report.year} 降碳报告》起单位由“${change.from}”改为“${change.to}”：${change.reason}。以“${change.from}”发布的数值按原单位列出，不与“${change.to}”的数值比较或画在一起。`,
          );
        for (const year of report.kpis.years) {
          const value = earlier.values[String(year)];
          if (value === undefined || (value === NOT_REPORTED && values[String(year)] !== undefined))
            continue;
          const previous = values[String(year)];
          const restatement = report.kpis.restatements.find(
            (r) => r.kpi === row.id && r.year === year,
          );
          if (
            restatement &&
            typeof previous === 'number' &&
            typeof value === 'number' &&
            previous !== value
          ) {
            notes.push(
              `${year} 年数值在《${report.year} 降碳报告》中重述为 ${formatNumber(value)}（此前发布为 ${formatNumber(previous)}）：${restatement.reason}`,
            );
          }
          values[String(year)] = value;
          if (earlier.unit !== row.unit) unitByYear[String(year)] = earlier.unit;
          else delete unitByYear[String(year)];
          measures[String(year)] = measureOf(earlier, year);
          const printed = earlier.asPublished?.[String(year)];
          if (printed) asPublished[String(year)] = printed;
          else delete asPublished[String(year)];
        }
      }
      const measureByYear = Object.fromEntries(
        Object.entries(measures).filter(([, m]) => m !== row.measure),
      );
      rows.set(row.id, {
        ...row,
        values,
        notes: [...new Set(notes)],
        ...(Object.keys(measureByYear).length ? { measureByYear } : {}),
        ...(Object.keys(unitByYear).length ? { unitByYear } : {}),
        ...(Object.keys(asPublished).length ? { asPublished } : {}),
      });
    }
  }
  return { years, rows };
}
