/**
 * Corrections (errata) of a report's own KPI figures after publication: kpis.json › corrections.
 * The seal (src/pipeline/seals.ts) accepts a changed published figure only when it is declared here;
 * the pages show each correction beside the figure, as an editorial note.
 */
import { NOT_REPORTED } from '../schemas/constants.ts';
import type { Correction, KpiTable, KpiValue } from '../schemas/kpi.ts';
import { formatNumber } from './format.ts';
import type { ContentProblem } from './problems.ts';

/** A cell of the KPI table: row id and data year. */
export const cellKey = (kpi: string, year: number | string) => `${kpi}@${year}`;

/** A value as an editor writes it in kpis.json, for messages. */
export const showValue = (value: KpiValue | undefined) =>
  value === undefined ? 'no value' : JSON.stringify(value);

/** A value as the pages print it. */
const printValue = (value: KpiValue) => (value === NOT_REPORTED ? '“-”' : formatNumber(value));

/** The corrections of each cell, in the order they were declared (each with its index). */
function correctionsByCell(
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

/**
 * The corrections agree with the table: each names a row and one of its years, changes the value,
 * follows the correction of the same cell before it, and the last one gives the value the row holds.
 */
export function checkCorrections(file: string, table: KpiTable): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const rows = new Map(table.groups.flatMap((group) => group.rows).map((row) => [row.id, row]));
  for (const list of correctionsByCell(table).values()) {
    list.forEach(({ correction, index }, i) => {
      const { kpi, year, published, corrected } = correction;
      const field = `corrections[${index}]`;
      const row = rows.get(kpi);
      const current = row?.values[String(year)];
      const problem = (at: string, message: string) =>
        problems.push({ file, field: `${field}${at}`, message });
      if (!row) {
        problem(
          '.kpi',
          `"${kpi}" is not the id of a KPI in this table. Expected the id of the row whose value is corrected.`,
        );
      } else if (current === undefined) {
        problem(
          '.year',
          `The KPI "${kpi}" has no value for ${year}, so there is nothing to correct. Expected one of the years of its values (${Object.keys(row.values).join(', ')}).`,
        );
      } else if (published === corrected) {
        problem(
          '.corrected',
          `The correction of "${kpi}" for ${year} gives the same value as published and as corrected (${showValue(published)}). Write the value as it was published in "published", or remove the correction.`,
        );
      } else {
        const before = list[i - 1];
        if (before && before.correction.corrected !== published) {
          problem(
            '.published',
            `The correction of "${kpi}" for ${year} says the value was published as ${showValue(published)}, but the correction before it (corrections[${before.index}]) corrected it to ${showValue(before.correction.corrected)}. Write ${showValue(before.correction.corrected)} as "published".`,
          );
        }
        if (i === list.length - 1 && corrected !== current) {
          problem(
            '.corrected',
            `The correction of "${kpi}" for ${year} gives ${showValue(corrected)} as the corrected value, but the row's value for ${year} is ${showValue(current)}. Write the corrected value in both places.`,
          );
        }
      }
    });
  }
  return problems;
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
