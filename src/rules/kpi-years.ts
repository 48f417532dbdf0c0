import type { Rule } from './lib/rule.ts';

export const kpiYears: Rule = {
  id: 'kpi-years',
  description:
    '指标表的年份列（`years`）不晚于报告本身的年份，因为任何报告都给不出尚未结束的年份的数据。',
  check: ({ years }) =>
    years.flatMap(({ year, kpis }) =>
      (kpis?.data.years ?? []).flatMap((column, i) =>
        column > year
          ? [
              {
                file: kpis?.file ?? '',
                field: `years[${i}]`,
                message: `"years" 中有 ${column} 年一列，晚于本报告的年份 ${year} 年。表中的年份应不晚于 ${year} 年。请从 "years" 中删除 ${column}（并删除各行中这一年的数值），或改正这个年份。`,
              },
            ]
          : [],
      ),
    ),
};
