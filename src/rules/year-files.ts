import type { Rule } from './lib/rule.ts';
import { unreadable } from './lib/year-structure.ts';

export const yearFiles: Rule = {
  id: 'year-files',
  description:
    "Every year folder holds its report.json, pillars.json and kpis.json, which the year's pages are built from.",
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
                message: `The year has no ${name}. Copy it from another year and fill it in.`,
              },
            ],
      ),
    ),
};
