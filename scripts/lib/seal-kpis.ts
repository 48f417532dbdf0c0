/**
 * The KPI figures a seal records: every value of kpis.json as first published. Resealing accepts
 * a figure that differs from the sealed one only when kpis.json › corrections declares the change
 * (from the sealed value, with a reason and a date); a figure is never added or removed.
 */
import type { ContentProblem } from '../../src/data/content/problems.ts';
import { fieldPath } from '../../src/pipeline/schema-messages.ts';
import { cellKey, showValue, valuesAsFirstPublished } from '../../src/data/kpi/corrections.ts';
import { checkCorrections } from '../../src/rules/correction-declared.ts';
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
    return command.text ? `（${command.text}）` : '';
  };
  const rows = (table?.groups ?? []).flatMap((group, g) =>
    group.rows.map((row, r) => ({ row, at: ['groups', g, 'rows', r] as (string | number)[] })),
  );
  const first = table ? valuesAsFirstPublished(table) : new Map<string, KpiValue>();
  if (table) problems.push(...checkCorrections(file, table));

  if (!sealed && table && table.corrections.length > 0) {
    report(
      ['corrections'],
      `"corrections" 中有 ${table.corrections.length} 条更正，但 ${year} 年的报告还没有连同指标数值封存过，没有已发布的数值可以更正。首次封存时不应有更正。请把每个数值直接写成要发布的样子，并删除 "corrections" 中的各条更正。`,
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
          `${year} 年报告发布的指标 "${id}" 的 ${dataYear} 年数值为 ${showValue(was)}，但现在的表中没有这个数值了。已发布的数值必须保留。请恢复它${undo()}；若原数值有误，请写上改正后的数值，并在 "corrections" 中声明这次更正。`,
        );
      } else if (now === was) {
        continue;
      } else if (correction !== undefined && correction >= 0) {
        report(
          ['corrections', correction, 'published'],
          `指标 "${id}" 的 ${dataYear} 年数值的更正中，"published" 写的是 ${showValue(now)}，但 ${year} 年报告封存时的数值是 ${showValue(was)}。"published" 应为当初发布的数值。请把 "published" 改为 ${showValue(was)}。`,
        );
      } else {
        const suggestion = `{ "kpi": "${id}", "year": ${dataYear}, "published": ${showValue(was)}, "corrected": ${showValue(now)}, "reason": "待填写：更正的原因", "date": "${today}" }`;
        report(
          [...(found?.at ?? ['groups']), 'values', dataYear],
          `${year} 年报告发布的指标 "${id}" 的 ${dataYear} 年数值为 ${showValue(was)}，现在的表中却是 ${showValue(now)}。已发布的数值不能悄悄修改。请撤销修改${undo()}；若发布的数值确实有误，请声明更正：在 "corrections" 中添加 ${suggestion}，并把 "reason" 写成网站将显示在数值旁的更正原因。`,
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
          `${year} 年报告没有发布指标 "${row.id}" 的 ${dataYear} 年数值，现在的表中却有。已发布的报告不能增加数值。请删除它${undo()}。`,
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
