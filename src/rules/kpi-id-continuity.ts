import { numberOf, reportKpis, type ReportKpis } from '../data/kpi/history.ts';
import { oddCharacters, showValue, type ContentProblem } from '../data/content/problems.ts';
import type { Kpi } from '../schemas/kpi.ts';
import type { Rule } from './lib/rule.ts';

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
          const old = showValue(renamed.row.id);
          problems.push({
            file: report.file,
            field,
            message: `${showValue(row.id)} 是新的指标 id，但这一行的名称和单位与 ${renamed.file} 中的 ${old} 相同，而本表中没有 ${old}。同一指标应沿用原来的 id，数据序列才能接上前几年。若是同一指标，请把 id 写作 ${old}；若是新指标，请给它起一个自己的名称。${oddCharacters(row.id)}`,
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
          const old = showValue(before.row.id);
          problems.push({
            file: report.file,
            field,
            message: `${showValue(row.id)} 是新的指标 id，${showValue(row.name)} 也是新的名称，但这一行 ${numbers.map((year) => `${year} 年`).join('、')}的数值与 ${before.file} 中的 ${old}（${showValue(before.row.name)}）相同，而本表中没有 ${old}：它的数据序列会悄悄重新开始。同一指标应沿用原来的 id。若是同一指标，请把 id 写作 ${old}（新名称可以保留）；若是新指标，请对照报告核对它的数值。${oddCharacters(row.id)}`,
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

export const kpiIdContinuity: Rule = {
  id: 'kpi-id-continuity',
  description:
    '指标行在各年报告中保持同一个 id，它的数据序列才能接上前几年的数值，而不会悄悄重新开始。',
  check: ({ years }) => checkKpiIds(reportKpis(years)),
};
