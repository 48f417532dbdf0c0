import { correctionsByCell } from '../data/kpi/corrections.ts';
import { reportKpis } from '../data/kpi/history.ts';
import {
  list,
  oddCharacters,
  showValue,
  suggest,
  type ContentProblem,
} from '../data/content/problems.ts';
import type { KpiTable } from '../schemas/kpi.ts';
import type { Rule } from './lib/rule.ts';

/**
 * The corrections agree with the table: each names a row and one of its years, changes the value,
 * follows the correction of the same cell before it, and the last one gives the value the row holds.
 * The seal (scripts/lib/seal-kpis.ts) runs the same check.
 */
export function checkCorrections(file: string, table: KpiTable): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const rows = new Map(table.groups.flatMap((group) => group.rows).map((row) => [row.id, row]));
  for (const cell of correctionsByCell(table).values()) {
    cell.forEach(({ correction, index }, i) => {
      const { kpi, year, published, corrected } = correction;
      const field = `corrections[${index}]`;
      const row = rows.get(kpi);
      const current = row?.values[String(year)];
      const problem = (at: string, message: string) =>
        problems.push({ file, field: `${field}${at}`, message });
      const which = `对指标 ${showValue(kpi)} ${year} 年数值的更正`;
      if (!row) {
        const ids = [...rows.keys()];
        problem(
          '.kpi',
          `"corrections" 中的 ${showValue(kpi)} 不是本表中指标的 id。应为数值被更正的那一行的 id，即其中之一：${list(ids)}。${suggest(kpi, ids)}${oddCharacters(kpi)}`,
        );
      } else if (current === undefined) {
        problem(
          '.year',
          `指标 ${showValue(kpi)} 没有 ${year} 年的数值，无可更正。应为该行有数值的年份之一：${
            Object.keys(row.values)
              .map((y) => `${y} 年`)
              .join('、') || '（无）'
          }。请改正 "year"。`,
        );
      } else if (published === corrected) {
        problem(
          '.corrected',
          `${which}中，原发布值（"published"）与更正值（"corrected"）相同，都是 ${showValue(published)}。更正应改变数值。请在 "published" 中写发布时的数值，或删除这条更正。`,
        );
      } else {
        const before = cell[i - 1];
        if (before && before.correction.corrected !== published) {
          problem(
            '.published',
            `${which}写原发布值为 ${showValue(published)}，但它前面的一条更正（corrections[${before.index}]）已把这个数值改为 ${showValue(before.correction.corrected)}。每条更正应从前一条更正的结果改起。请把 "published" 写为 ${showValue(before.correction.corrected)}。`,
          );
        }
        if (i === cell.length - 1 && corrected !== current) {
          problem(
            '.corrected',
            `${which}给出的更正值是 ${showValue(corrected)}，但该行 ${year} 年的数值是 ${showValue(current)}。两处应相同。请在 "corrected" 和该行 "values" 的 "${year}" 中写同一个更正后的数值。`,
          );
        }
      }
    });
  }
  return problems;
}

export const correctionDeclared: Rule = {
  id: 'correction-declared',
  description:
    '`kpis.json` 的 `corrections` 中每条更正都对应指标表的一行和一个年份，从发布时的数值改起，改为该行现在的数值，网站据此说明改了什么、为什么改。',
  check: ({ years }) =>
    reportKpis(years).flatMap((report) => checkCorrections(report.file, report.kpis)),
};
