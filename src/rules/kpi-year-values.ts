import { oddCharacters, showValue } from '../data/content/problems.ts';
import { kpiYearStillEmpty } from './finished-year.ts';
import type { Report, Rule } from './lib/rule.ts';

export const kpiYearValues: Rule = {
  id: 'kpi-year-values',
  description:
    '指标表 `years` 中直到报告年份的每一年，每一行都有数值；表中没有的年份，行中也没有数值。',
  check: ({ years }) =>
    years.flatMap((content) => {
      if (!content.report || !content.kpis) return [];
      const reports: Report[] = [];
      const { file, data } = content.kpis;
      // A finished year none of whose rows has its own value yet: finished-year says it once.
      const ownYearEmpty = !content.report.data.draft && kpiYearStillEmpty(content);
      const columns = new Set(data.years.map(String));
      const shown = `[${data.years.join(', ')}]`;
      data.groups.forEach((group, g) =>
        group.rows.forEach((row, r) => {
          const field = `groups[${g}].rows[${r}]`;
          for (const key of ['values', 'measureByYear', 'asPublished'] as const) {
            for (const year of Object.keys(row[key] ?? {})) {
              if (columns.has(year)) continue;
              reports.push({
                file,
                field: `${field}.${key}.${year}`,
                message: /^\d{4}$/.test(year)
                  ? `指标 ${showValue(row.id)} 的 "${key}" 中有 ${year} 年的数值，但 ${year} 年不是本表的年份（"years" 为 ${shown}）。"${key}" 中只能有表中各年的数值。请把 ${year} 加进 "years"，或删除这个数值。`
                  : `指标 ${showValue(row.id)} 的 "${key}" 中有 ${showValue(year)} 的数值，但它不是本表的年份（"years" 为 ${shown}）。"${key}" 的键应为四位数的年份。请改正这个键，或删除这个数值。${oddCharacters(year)}`,
              });
            }
          }
          for (const year of columns) {
            // A column after the report's year is kpi-years' to report, not a value to write.
            if (Number(year) > content.year || year in row.values) continue;
            if (year === String(content.year) && ownYearEmpty) continue;
            reports.push({
              file,
              field: `${field}.values`,
              message: `指标 ${showValue(row.id)} 没有 ${year} 年的数值。表中直到 ${content.year} 年的每一年都应有数值。请在 "values" 中写上 "${year}" 和报告印的数值；报告中印作“-”的，写 "not-reported"。`,
            });
          }
        }),
      );
      return reports;
    }),
};
