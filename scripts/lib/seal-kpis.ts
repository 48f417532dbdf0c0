/**
 * The KPI figures a seal records: every value of kpis.json as first published. Resealing accepts
 * a figure that differs from the sealed one only when kpis.json › corrections declares the change
 * (from the sealed value, with a reason and a date); a figure is never added or removed.
 */
import type { ContentProblem } from '../../src/data/problems.ts';
import { fieldPath } from '../../src/pipeline/schema-messages.ts';
import {
  cellKey,
  checkCorrections,
  showValue,
  valuesAsFirstPublished,
} from '../../src/data/kpi-corrections.ts';
import type { KpiTable, KpiValue } from '../../src/schemas/kpi.ts';
import { lineOfPath } from '../../src/pipeline/locate.ts';

/** KPI row id → data year → the value as first published. */
export type SealedKpis = Record<string, Record<string, KpiValue>>;

export function checkSeal(input: {
  /** The report year. */
  year: number;
  /** kpis.json, relative to the root, and its text (to name lines). */
  file: string;
  text: string;
  table: KpiTable | undefined;
  /** The values recorded by the last seal; undefined for a first seal or one without values. */
  sealed: SealedKpis | undefined;
  /** The command that restores the sealed kpis.json, where git has it (asked only when needed). */
  restore: () => string | undefined;
  /** YYYY-MM-DD, for the correction a message suggests. */
  today: string;
}): { ok: true; values: SealedKpis } | { ok: false; problems: ContentProblem[] } {
  const { year, file, text, table, sealed, restore, today } = input;
  const problems: ContentProblem[] = [];
  const report = (path: (string | number)[], message: string) => {
    const line = lineOfPath(text, path);
    problems.push({
      file,
      field: fieldPath(path),
      ...(line ? { line } : {}),
      message,
    });
  };
  // Searching git history takes a moment: only for a message that needs it, and once.
  let command: { text: string | undefined } | undefined;
  const undo = () => {
    command ??= { text: restore() };
    return command.text ? ` (${command.text})` : '';
  };
  const rows = (table?.groups ?? []).flatMap((group, g) =>
    group.rows.map((row, r) => ({ row, at: ['groups', g, 'rows', r] as (string | number)[] })),
  );
  const first = table ? valuesAsFirstPublished(table) : new Map<string, KpiValue>();
  if (table) problems.push(...checkCorrections(file, table));

  if (!sealed && table && table.corrections.length > 0) {
    report(
      ['corrections'],
      `The ${year} report has not been sealed with its KPI figures yet, so none of them was published to be corrected. Write each figure as it is to be published, and remove the corrections.`,
    );
  }
  for (const [id, values] of Object.entries(sealed ?? {})) {
    const found = rows.find(({ row }) => row.id === id);
    for (const [dataYear, was] of Object.entries(values)) {
      const now = first.get(cellKey(id, dataYear));
      const correction = table?.corrections.findIndex(
        (c) => c.kpi === id && String(c.year) === dataYear,
      );
      if (now === undefined) {
        report(
          found ? [...found.at, 'values'] : ['groups'],
          `The ${year} report published ${showValue(was)} as the ${dataYear} value of the KPI "${id}", and this table no longer has it. A published figure stays: restore it${undo()}. If it was wrong, write the corrected value and declare the correction in "corrections".`,
        );
      } else if (now === was) {
        continue;
      } else if (correction !== undefined && correction >= 0) {
        report(
          ['corrections', correction, 'published'],
          `The correction of "${id}" for ${dataYear} says the value was published as ${showValue(now)}, but the ${year} report was sealed with ${showValue(was)}. Write ${showValue(was)} as "published".`,
        );
      } else {
        const suggestion = `{ "kpi": "${id}", "year": ${dataYear}, "published": ${showValue(was)}, "corrected": ${showValue(now)}, "reason": "…", "date": "${today}" }`;
        report(
          [...(found?.at ?? ['groups']), 'values', dataYear],
          `The ${year} report published ${showValue(was)} as the ${dataYear} value of the KPI "${id}"; this table now gives ${showValue(now)}. Undo the change${undo()}, or, if the published figure was wrong, declare the correction: add ${suggestion} to "corrections", with the reason the site will show beside the figure.`,
        );
      }
    }
  }
  if (sealed) {
    for (const { row, at } of rows) {
      for (const dataYear of Object.keys(row.values)) {
        if (sealed[row.id]?.[dataYear] !== undefined) continue;
        report(
          [...at, 'values', dataYear],
          `The ${year} report did not publish a ${dataYear} value for the KPI "${row.id}", and a published report gains no figures. Remove it${undo()}.`,
        );
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const values: SealedKpis = {};
  for (const { row } of rows) {
    values[row.id] = Object.fromEntries(
      Object.keys(row.values).map((dataYear) => [dataYear, first.get(cellKey(row.id, dataYear))!]),
    );
  }
  return { ok: true, values };
}
