import { measureOf } from '../data/kpi/series.ts';
import { showValue } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';

const PERCENT = '%';

export const kpiValueRange: Rule = {
  id: 'kpi-value-range',
  description:
    '指标数值符合该行所衡量的量：数量（`amount`）和比率（`rate`）不为负，以 % 计的比率（占比）不超过 100，除非该行用 `range` 声明允许。',
  check: ({ years }) =>
    years.flatMap(({ kpis }) => {
      if (!kpis) return [];
      const reports: Report[] = [];
      kpis.data.groups.forEach((group, g) =>
        group.rows.forEach((row, r) => {
          const allows = (range: 'may-be-negative' | 'may-exceed-100') =>
            row.range === range || row.range === 'unbounded';
          for (const [year, value] of Object.entries(row.values)) {
            if (typeof value !== 'number') continue;
            const measure = measureOf(row, Number(year));
            if (measure !== 'amount' && measure !== 'rate') continue;
            const field = `groups[${g}].rows[${r}].values.${year}`;
            const what = measure === 'amount' ? '数量' : '比率';
            const kpi = `指标 ${showValue(row.id)} ${year} 年的数值为 ${showValue(value)}`;
            if (value < 0 && !allows('may-be-negative'))
              reports.push({
                file: kpis.file,
                field,
                message: `${kpi}，但该行衡量的是${what}（"measure": "${measure}"），${what}不能为负。请对照报告核对正负号。若这是一个变化值，请用 "measure"（或 "measureByYear"）写明 "change-yoy" 或 "change-vs-2010"；若这个指标确实可以小于 0，请在该行加上 "range": "may-be-negative"。`,
              });
            if (
              measure === 'rate' &&
              row.unit === PERCENT &&
              value > 100 &&
              !allows('may-exceed-100')
            )
              reports.push({
                file: kpis.file,
                field,
                message: `${kpi}%，但该行衡量的是以 % 计的比率（占比），不能超过 100%。请对照报告核对这个数值；若这个比率确实可以超过 100%（不是占整体的比例），请在该行加上 "range": "may-exceed-100"。`,
              });
          }
        }),
      );
      return reports;
    }),
};
