import type { Rule } from './lib/rule.ts';
import { unreadable } from './lib/year-structure.ts';

export const yearFiles: Rule = {
  id: 'year-files',
  description:
    '每个年份文件夹中都有 `report.json`、`pillars.json` 和 `kpis.json`，当年的页面由它们生成。',
  check: ({ years }) =>
    years.flatMap((content) =>
      (
        [
          ['report.json', content.report],
          ['pillars.json', content.pillars],
          ['kpis.json', content.kpis],
        ] as const
      ).flatMap(([name, entry]) =>
        entry || unreadable(content, name)
          ? []
          : [
              {
                file: `content/${content.year}/${name}`,
                field: '(file)',
                message: `${content.year} 年的文件夹中没有 ${name}。每个年份都必须有 report.json、pillars.json 和 kpis.json。请从另一年复制一份 ${name} 到 content/${content.year}/，再按 ${content.year} 年的报告改写其中的内容。`,
              },
            ],
      ),
    ),
};
