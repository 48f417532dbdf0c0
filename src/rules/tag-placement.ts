import type { Report, Rule } from './lib/rule.ts';
import {
  hasText,
  headingsOf,
  list,
  placedSections,
  placements,
  SECTION_ITEMS,
  unreadableIds,
} from './lib/year-structure.ts';
import type { YearContent } from '../data/year-content.ts';

export const tagPlacement: Rule = {
  id: 'tag-placement',
  description:
    'Every case, table, key figure and photo is shown by its tag (`<Case>`, `<DataTable>`, `<KeyFigures>`, `<Photos>`) in its own chapter, a case or table exactly once, so that nothing goes unpublished.',
  check: ({ years }) =>
    years.flatMap((content) => [
      ...casesPlaced(content),
      ...tablesPlaced(content),
      ...sectionItemsShown(content),
    ]),
};

function casesPlaced(content: YearContent): Report[] {
  const unreadableChapters = unreadableIds(content, 'chapters');
  const placed = placements(content, 'Case');
  return content.cases.flatMap((entry): Report[] => {
    const { chapter, section } = entry.data;
    const home = content.chapters.find((c) => c.id === chapter);
    // The tag may stand in a chapter that could not be read; an unknown chapter is case-placement's.
    if (!home || !hasText(home) || unreadableChapters.size > 0) return [];
    const placedIn = placed.get(entry.id) ?? [];
    if (placedIn.length === 0)
      return [
        {
          file: entry.file,
          field: '(file)',
          message: `The case is not placed in any chapter, so it would not be published. Add <Case id="${entry.id}" /> to ${home.file} under the heading "${section}".`,
        },
      ];
    if (placedIn.length > 1 || placedIn[0] !== chapter)
      return [
        {
          file: entry.file,
          field: 'chapter',
          message: `The case belongs to "${chapter}" but <Case id="${entry.id}" /> stands in ${list(placedIn)}. Place it once, in its own chapter.`,
        },
      ];
    return [];
  });
}

function tablesPlaced(content: YearContent): Report[] {
  if (!content.tables) return [];
  const { file, data } = content.tables;
  const unreadableChapters = unreadableIds(content, 'chapters');
  const placed = placements(content, 'DataTable');
  return data.tables.flatMap((table, i) => {
    const placedIn = placed.get(table.id) ?? [];
    if (unreadableChapters.has(table.chapter)) return [];
    if (placedIn.length === 1 && placedIn[0] === table.chapter) return [];
    return [
      {
        file,
        field: `tables[${i}].id`,
        message: `The table "${table.id}" must be placed exactly once, in the chapter "${table.chapter}", with <DataTable id="${table.id}" />; found it in ${list(placedIn)}.`,
      },
    ];
  });
}

function sectionItemsShown(content: YearContent): Report[] {
  return content.chapters.filter(hasText).flatMap((chapter) => {
    const headings = headingsOf(chapter);
    return SECTION_ITEMS.flatMap(({ kind, tagName }) => {
      const shown = placedSections(chapter, tagName);
      return chapter.data[kind].flatMap((item, i) => {
        const section = item.section ?? '';
        // A section that is no heading is figure-placement's or photo-placement's to report.
        if ((section && !headings.has(section)) || shown.includes(section)) return [];
        const tag = section ? `<${tagName} section="${section}" />` : `<${tagName} />`;
        return [
          {
            file: chapter.file,
            field: `${kind}[${i}]`,
            message: `"${'label' in item ? item.label : item.caption}" is not shown: add ${tag} to the text where it belongs.`,
          },
        ];
      });
    });
  });
}
