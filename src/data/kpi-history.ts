import { NOT_REPORTED } from '../schemas/constants.ts';
import type { Kpi, KpiMeasure, KpiTable } from '../schemas/kpi.ts';
import type { ContentProblem } from './problems.ts';
import { measureOf } from './kpi-series.ts';
import { formatNumber } from './format.ts';
import type { YearContent } from './year-content.ts';

/** One report's KPI table and where it lives. */
export interface ReportKpis {
  year: number;
  file: string;
  kpis: KpiTable;
}

/** The value an earlier report published for a KPI and year, and where. */
interface Published {
  value: number;
  report: number;
  file: string;
}

const numberOf = (row: Kpi, year: number) => {
  const value = row.values[String(year)];
  return typeof value === 'number' ? value : undefined;
};

/**
 * A later report may give a different value for a year an earlier report already published only
 * if it declares the restatement with a reason. Reports every undeclared difference (naming both
 * files, the KPI, the year and both values), and every declaration that matches nothing.
 */
export function checkRestatements(reports: readonly ReportKpis[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ordered = [...reports].sort((a, b) => a.year - b.year);
  const published = new Map<string, Published>();
  const key = (kpi: string, year: number) => `${kpi}@${year}`;

  for (const report of ordered) {
    const declared = new Map(
      report.kpis.restatements.map((r, i) => [key(r.kpi, r.year), { ...r, index: i, used: false }]),
    );
    const rows = new Map<string, Kpi>();
    report.kpis.groups.forEach((group, g) =>
      group.rows.forEach((row, r) => {
        // A repeated id is reported by unique-kpi-id; its row is no series of its own.
        if (rows.has(row.id)) return;
        rows.set(row.id, row);
        for (const year of report.kpis.years) {
          const value = numberOf(row, year);
          const earlier = published.get(key(row.id, year));
          if (value === undefined || !earlier || earlier.value === value) continue;
          const declaration = declared.get(key(row.id, year));
          if (declaration) {
            declaration.used = true;
            continue;
          }
          problems.push({
            file: report.file,
            field: `groups[${g}].rows[${r}].values.${year}`,
            message: `The KPI "${row.id}" gives ${year} as ${formatNumber(value)} here, but ${earlier.file} published ${formatNumber(earlier.value)}. If the ${report.year} report restates the figure, declare it: add { "kpi": "${row.id}", "year": ${year}, "reason": "…" } to "restatements". Otherwise write ${formatNumber(earlier.value)}.`,
          });
        }
      }),
    );
    for (const declaration of declared.values()) {
      const field = `restatements[${declaration.index}]`;
      if (!rows.has(declaration.kpi)) {
        problems.push({
          file: report.file,
          field: `${field}.kpi`,
          message: `"${declaration.kpi}" is not the id of a KPI in this table. Expected the id of the row whose value is restated.`,
        });
      } else if (!declaration.used) {
        problems.push({
          file: report.file,
          field,
          message: `The restatement of "${declaration.kpi}" for ${declaration.year} matches no change: no earlier report published a different value for that year. Remove the declaration, or correct its KPI id or year.`,
        });
      }
    }
    for (const row of rows.values()) {
      for (const year of report.kpis.years) {
        const value = numberOf(row, year);
        if (value !== undefined)
          published.set(key(row.id, year), { value, report: report.year, file: report.file });
      }
    }
  }
  return problems;
}

/**
 * KPI ids are what join a series across reports. A row with a new id that an earlier report's row,
 * whose id this report lacks, matches was most likely renamed by mistake: its series would silently
 * start again. A match is the same name and unit, or (when the name changed too) the same values
 * for at least two earlier years the two tables share.
 */
export function checkKpiIds(reports: readonly ReportKpis[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const earlier = new Map<string, { row: Kpi; file: string; years: readonly number[] }>();
  for (const report of [...reports].sort((a, b) => a.year - b.year)) {
    const rows = report.kpis.groups.flatMap((group) => group.rows);
    const ids = new Set(rows.map((row) => row.id));
    const missing = [...earlier.values()].filter((before) => !ids.has(before.row.id));
    report.kpis.groups.forEach((group, g) =>
      group.rows.forEach((row, r) => {
        if (earlier.has(row.id)) return;
        const field = `groups[${g}].rows[${r}].id`;
        const renamed = missing.find(
          (before) => before.row.name === row.name && before.row.unit === row.unit,
        );
        if (renamed) {
          problems.push({
            file: report.file,
            field,
            message: `"${row.id}" is a new KPI id, but the row has the name and unit of "${renamed.row.id}" in ${renamed.file}, which this table lacks. Write "${renamed.row.id}" so that its series joins the earlier years', or give a new KPI a name of its own.`,
          });
          return;
        }
        const sameValues = missing.flatMap((before) => {
          const shared = before.years.filter(
            (year) => year < report.year && report.kpis.years.includes(year),
          );
          const numbers = shared.filter((year) => numberOf(before.row, year) !== undefined);
          return numbers.length >= 2 &&
            numbers.every((year) => numberOf(row, year) === numberOf(before.row, year))
            ? [{ before, numbers }]
            : [];
        });
        const [match] = sameValues;
        if (match && sameValues.length === 1) {
          const { before, numbers } = match;
          problems.push({
            file: report.file,
            field,
            message: `"${row.id}" is a new KPI id and "${row.name}" a new name, but the row's values for ${numbers.join(', ')} are those of "${before.row.id}" ("${before.row.name}") in ${before.file}, which this table lacks: its series would silently start over. If it is the same indicator, write "${before.row.id}" as its id (the new name may stay); if it is a new one, check its values against the report.`,
          });
        }
      }),
    );
    const seen = new Set<string>();
    for (const row of rows) {
      if (!seen.has(row.id))
        earlier.set(row.id, { row, file: report.file, years: report.kpis.years });
      seen.add(row.id);
    }
  }
  return problems;
}

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
