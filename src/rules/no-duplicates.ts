import type { Rule } from './lib/rule.ts';
import {
  duplicates,
  hasText,
  headingsIn,
  placedSections,
  SECTION_ITEMS,
} from './lib/year-structure.ts';

export const noDuplicates: Rule = {
  id: 'no-duplicates',
  description:
    "No list names a thing twice: the chapters of report.json, the pillars, the tables, the KPI groups, and a chapter's headings, key figures, photos and the tags that show them.",
  check: ({ years }) =>
    years.flatMap(({ report, pillars, tables, kpis, chapters }) => [
      ...(report ? duplicates(report.file, 'chapters', report.data.chapters) : []),
      ...(pillars
        ? duplicates(
            pillars.file,
            'pillars',
            pillars.data.pillars.map((p) => p.id),
          )
        : []),
      ...(tables
        ? duplicates(
            tables.file,
            'tables',
            tables.data.tables.map((t) => t.id),
          )
        : []),
      ...(kpis
        ? duplicates(
            kpis.file,
            'groups[].id',
            kpis.data.groups.map((g) => g.id),
          )
        : []),
      ...chapters.filter(hasText).flatMap((chapter) => {
        const { file, data } = chapter;
        return [
          ...duplicates(
            file,
            'body headings',
            headingsIn(chapter).map((h) => h.text),
          ),
          ...SECTION_ITEMS.flatMap(({ kind, tagName }) => [
            ...duplicates(
              file,
              kind,
              placedSections(chapter, tagName).map((s) => `<${tagName} section="${s}" />`),
            ),
            ...duplicates(
              file,
              `${kind}[].id`,
              data[kind].map((item) => item.id),
            ),
          ]),
        ];
      }),
    ]),
};
