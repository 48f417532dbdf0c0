import { formatNumber } from '../data/text/format.ts';
import { numberOf, reportKpis, type ReportKpis } from '../data/kpi/history.ts';
import {
  list,
  oddCharacters,
  showValue,
  suggest,
  type ContentProblem,
} from '../data/content/problems.ts';
import type { Kpi } from '../schemas/kpi.ts';
import type { Rule } from './lib/rule.ts';

/** The value an earlier report published for a KPI and year, and where. */
interface Published {
  value: number;
  report: number;
  file: string;
  unit: string;
}

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
          // Values in another unit are not comparable; kpi-unit-change asks for the unit change to
          // be declared, and the declaration covers the earlier years written in the new unit.
          if (earlier.unit !== row.unit) continue;
          const declaration = declared.get(key(row.id, year));
          if (declaration) {
            declaration.used = true;
            continue;
          }
          problems.push({
            file: report.file,
            field: `groups[${g}].rows[${r}].values.${year}`,
            message: `指标 ${showValue(row.id)} ${year} 年的数值在此为 ${formatNumber(value)}，而之前的报告（${earlier.file}）中为 ${formatNumber(earlier.value)}。已发布的数值只有声明为重述才能改变。若《${report.year} 降碳报告》重述了这个数值，请在 "restatements" 中加上 { "kpi": "${row.id}", "year": ${year}, "reason": "待填写：重述原因" }，并把“待填写：重述原因”换成报告写明的原因；否则请把数值改回 ${formatNumber(earlier.value)}。`,
          });
        }
      }),
    );
    for (const declaration of declared.values()) {
      const field = `restatements[${declaration.index}]`;
      if (!rows.has(declaration.kpi)) {
        const ids = [...rows.keys()];
        problems.push({
          file: report.file,
          field: `${field}.kpi`,
          message: `"restatements" 中的 ${showValue(declaration.kpi)} 不是本表中指标的 id。应为数值被重述的那一行的 id，即其中之一：${list(ids)}。${suggest(declaration.kpi, ids)}${oddCharacters(declaration.kpi)}`,
        });
      } else if (!declaration.used) {
        problems.push({
          file: report.file,
          field,
          message: `对指标 ${showValue(declaration.kpi)} ${declaration.year} 年数值的重述声明没有对应的变化：之前的报告没有发布过这一年的不同数值。每条声明都应对应一次真实的重述。请删除这条声明，或改正其中的指标 id 或年份。`,
        });
      }
    }
    for (const row of rows.values()) {
      for (const year of report.kpis.years) {
        const value = numberOf(row, year);
        if (value !== undefined)
          published.set(key(row.id, year), {
            value,
            report: report.year,
            file: report.file,
            unit: row.unit,
          });
      }
    }
  }
  return problems;
}

export const restatementDeclared: Rule = {
  id: 'restatement-declared',
  description:
    '与往年报告已发布的同一年数值不同的数值，须在 `restatements` 中声明为重述并写明原因；每条声明都须对应这样一处改动（单位改变后的往年数值不在此列）。',
  check: ({ years }) => checkRestatements(reportKpis(years)),
};
