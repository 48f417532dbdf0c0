/**
 * Corrections (errata) of a report's own KPI figures after publication: kpis.json › corrections.
 * The seal (src/pipeline/seals.ts) accepts a changed published figure only when it is declared here
 * (and checkCorrections, in the rule correction-declared, checks the declarations);
 * the pages show each correction beside the figure, as an editorial note.
 */
import { NOT_REPORTED } from '../../schemas/constants.ts';
import type { Correction, KpiTable, KpiValue } from '../../schemas/kpi.ts';
import { formatNumber } from '../text/format.ts';

/** A cell of the KPI table: row id and data year. */
export const cellKey = (kpi: string, year: number | string) => `${kpi}@${year}`;

/** A value as an editor writes it in kpis.json, for messages. */
export const showValue = (value: KpiValue | undefined) =>
  value === undefined ? '（无数值）' : JSON.stringify(value);

/** A value as the pages print it. */
const printValue = (value: KpiValue) => (value === NOT_REPORTED ? '“-”' : formatNumber(value));

/** The corrections of each cell, in the order they were declared (each with its index). */
export function correctionsByCell(
  table: KpiTable,
): Map<string, { correction: Correction; index: number }[]> {
  const cells = new Map<string, { correction: Correction; index: number }[]>();
  table.corrections.forEach((correction, index) => {
    const key = cellKey(correction.kpi, correction.year);
    cells.set(key, [...(cells.get(key) ?? []), { correction, index }]);
  });
  return cells;
}

/**
 * The table's values as first published: for a corrected cell, the value its first correction
 * says was published; every other cell as it stands.
 */
export function valuesAsFirstPublished(table: KpiTable): Map<string, KpiValue> {
  const values = new Map<string, KpiValue>();
  for (const row of table.groups.flatMap((group) => group.rows)) {
    for (const [year, value] of Object.entries(row.values))
      values.set(cellKey(row.id, year), value);
  }
  for (const [key, list] of correctionsByCell(table)) {
    const first = list[0];
    if (first && values.has(key)) values.set(key, first.correction.published);
  }
  return values;
}

/** The table with each correction told in a note beside its row (the pages show a row's notes). */
export function withCorrectionNotes(table: KpiTable): KpiTable {
  if (table.corrections.length === 0) return table;
  const notes = (kpi: string) =>
    table.corrections
      .filter((c) => c.kpi === kpi)
      .map(
        (c) =>
          `${c.year} 年数值于 ${c.date} 更正为 ${printValue(c.corrected)}（原发布为 ${printValue(c.published)}）：${c.reason}`,
      );
  return {
    ...table,
    groups: table.groups.map((group) => ({
      ...group,
      rows: group.rows.map((row) => ({ ...row, notes: [...row.notes, ...notes(row.id)] })),
    })),
  };
}
