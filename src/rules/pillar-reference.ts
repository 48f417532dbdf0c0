import { oddCharacters, showValue, suggest } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import { hasText, list, unreadable } from './lib/year-structure.ts';

export const pillarReference: Rule = {
  id: 'pillar-reference',
  description:
    '章节、小节、案例和指标行的 "pillars" 中列出的每个支柱，都是当年 `pillars.json` 中的支柱，页面才能按支柱归类和链接。',
  check: ({ years }) =>
    years.flatMap((content) => {
      if (unreadable(content, 'pillars.json')) return [];
      const known = content.pillars?.data.pillars.map((p) => p.id) ?? [];
      const named = (file: string, field: string, ids: readonly string[]): Report[] =>
        ids.flatMap((id, i) =>
          known.includes(id)
            ? []
            : [
                {
                  file,
                  field: `${field}[${i}]`,
                  message: `支柱 ${showValue(id)} 不是 ${content.year} 年的支柱（content/${content.year}/pillars.json 中没有它）。${oddCharacters(id)}应为其中之一：${list(known)}。${suggest(id, known)}请改正这个 id；若确是新支柱，请先在 pillars.json 中添加它。`,
                },
              ],
        );
      return [
        ...content.chapters
          .filter(hasText)
          .flatMap(({ file, data }) => [
            ...named(file, 'pillars', data.pillars),
            ...data.sections.flatMap((section, i) =>
              named(file, `sections[${i}].pillars`, section.pillars),
            ),
          ]),
        ...content.cases.flatMap((entry) => named(entry.file, 'pillars', entry.data.pillars)),
        ...(content.kpis?.data.groups ?? []).flatMap((group, g) =>
          group.rows.flatMap((row, r) =>
            named(content.kpis?.file ?? '', `groups[${g}].rows[${r}].pillars`, row.pillars),
          ),
        ),
      ];
    }),
};
