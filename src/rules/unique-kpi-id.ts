import type { Report, Rule } from './lib/rule.ts';

export const uniqueKpiId: Rule = {
  id: 'unique-kpi-id',
  description:
    "No two rows of a KPI table share an id, since the id is what joins a row's values across reports.",
  check: ({ years }) =>
    years.flatMap(({ kpis }) => {
      if (!kpis) return [];
      const reports: Report[] = [];
      const first = new Map<string, { field: string; name: string }>();
      kpis.data.groups.forEach((group, g) =>
        group.rows.forEach((row, r) => {
          const field = `groups[${g}].rows[${r}]`;
          const earlier = first.get(row.id);
          if (!earlier) {
            first.set(row.id, { field, name: row.name });
            return;
          }
          reports.push({
            file: kpis.file,
            field: `${field}.id`,
            message: `The KPI id "${row.id}" is already the id of ${earlier.field} ("${earlier.name}"). Each row needs an id of its own: give this row ("${row.name}") a new one, or remove it if it is a copy.`,
          });
        }),
      );
      return reports;
    }),
};
