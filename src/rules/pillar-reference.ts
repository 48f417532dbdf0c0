import { suggest } from '../data/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import { hasText, list, unreadable } from './lib/year-structure.ts';

export const pillarReference: Rule = {
  id: 'pillar-reference',
  description:
    "Every pillar a chapter, a section, a case or a KPI row names is one of the year's pillars in pillars.json.",
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
                  message: `"${id}" is not a pillar of ${content.year}. Expected one of ${list(known)}.${suggest(id, known)}`,
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
