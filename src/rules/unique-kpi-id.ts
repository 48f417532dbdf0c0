import { showValue } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';

export const uniqueKpiId: Rule = {
  id: 'unique-kpi-id',
  description:
    '`kpis.json` 中没有两行指标使用同一个 `id`，因为各年报告正是靠 `id` 把同一指标的数值连起来的。',
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
            message: `指标 id ${showValue(row.id)} 已经是 ${earlier.field}（${showValue(earlier.name)}）的 id，这一行（${showValue(row.name)}）又用了一次。每行指标的 id 必须唯一。请给这一行改一个自己的 id；若它是多余的副本，请删除这一行。`,
          });
        }),
      );
      return reports;
    }),
};
