import { kpiYearStillEmpty } from './finished-year.ts';
import type { Report, Rule } from './lib/rule.ts';
import { list } from './lib/year-structure.ts';

export const kpiYearValues: Rule = {
  id: 'kpi-year-values',
  description:
    "A KPI row has a value for each of the table's years up to the report's own, and none for a year the table does not show.",
  check: ({ years }) =>
    years.flatMap((content) => {
      if (!content.report || !content.kpis) return [];
      const reports: Report[] = [];
      const { file, data } = content.kpis;
      // A finished year none of whose rows has its own value yet: finished-year says it once.
      const ownYearEmpty = !content.report.data.draft && kpiYearStillEmpty(content);
      const columns = new Set(data.years.map(String));
      data.groups.forEach((group, g) =>
        group.rows.forEach((row, r) => {
          const field = `groups[${g}].rows[${r}]`;
          for (const key of ['values', 'measureByYear', 'asPublished'] as const) {
            for (const year of Object.keys(row[key] ?? {})) {
              if (columns.has(year)) continue;
              reports.push({
                file,
                field: `${field}.${key}.${year}`,
                message: `The KPI "${row.id}" has a value for ${year}, which is not one of the table's years (${list(columns)}). Add ${year} to "years" or remove the value.`,
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
              message: `The KPI "${row.id}" has no value for ${year}. Write the number, or "not-reported" where the report prints "-".`,
            });
          }
        }),
      );
      return reports;
    }),
};
