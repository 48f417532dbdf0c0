import { oddCharacters, showValue } from '../data/content/problems.ts';
import type { Rule } from './lib/rule.ts';

export const kpiAsPublished: Rule = {
  id: 'kpi-as-published',
  description:
    '指标行 `asPublished` 中某一年的文字显示的正是该行这一年的数值，只是写成报告印的样子。',
  check: ({ years }) =>
    years.flatMap(({ kpis }) =>
      (kpis?.data.groups ?? []).flatMap((group, g) =>
        group.rows.flatMap((row, r) =>
          Object.entries(row.asPublished ?? {}).flatMap(([year, printed]) => {
            const value = row.values[year];
            if (
              typeof value === 'number' &&
              Number.parseFloat(printed.replace(/^\+/, '')) === value
            )
              return [];
            return [
              {
                file: kpis?.file ?? '',
                field: `groups[${g}].rows[${r}].asPublished.${year}`,
                message: `"asPublished" 中 ${year} 年的文字 ${showValue(printed)} 与该行 ${year} 年的数值 ${showValue(value)} 不符。"asPublished" 只能改变数值的写法（如把 14.45 写作 "14.45%"，把 12.2 写作 "+12.2"），不能改变数值本身。请对照报告改正其中错的一处，使两者一致。${oddCharacters(printed)}`,
              },
            ];
          }),
        ),
      ),
    ),
};
