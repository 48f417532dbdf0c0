import { showValue } from '../data/content/problems.ts';
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
import type { YearContent } from '../data/content/year-content.ts';

export const tagPlacement: Rule = {
  id: 'tag-placement',
  description:
    '每个案例、表格、关键数字和图片都由它的标签（`<Case>`、`<DataTable>`、`<KeyFigures>`、`<Photos>`）显示在自己的章节中，案例和表格恰好放置一次，不会有内容漏掉没有发布。',
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
          message: `案例 ${showValue(entry.id)} 没有放进任何章节，不会发布。案例应显示在所属章节 ${showValue(chapter)} 中。请把 <Case id="${entry.id}" /> 加到 ${home.file} 的标题 ${showValue(section)} 下面。`,
        },
      ];
    if (placedIn.length > 1 || placedIn[0] !== chapter)
      return [
        {
          file: entry.file,
          field: 'chapter',
          message: `案例 ${showValue(entry.id)} 属于章节 ${showValue(chapter)}，但 <Case id="${entry.id}" /> 出现在章节 ${list(placedIn)} 中（共 ${placedIn.length} 处）。案例应只在所属章节中放置一次。请只在章节 ${showValue(chapter)} 中保留一个 <Case id="${entry.id}" />，删除其余的；若案例确属别的章节，请改正 "chapter"。`,
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
        message:
          placedIn.length === 0
            ? `表格 ${showValue(table.id)} 没有放进任何章节，不会发布。表格应显示在所属章节 ${showValue(table.chapter)} 中。请把 <DataTable id="${table.id}" /> 加到该章的标题 ${showValue(table.section)} 下面。`
            : `表格 ${showValue(table.id)} 属于章节 ${showValue(table.chapter)}，但 <DataTable id="${table.id}" /> 出现在章节 ${list(placedIn)} 中（共 ${placedIn.length} 处）。表格应只在所属章节中放置一次。请只在章节 ${showValue(table.chapter)} 中保留一个 <DataTable id="${table.id}" />，删除其余的；若表格确属别的章节，请改正 "chapter"。`,
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
            message: `${kind === 'figures' ? '关键数字' : '图片'} ${showValue('label' in item ? item.label : item.caption)} 没有显示：正文中没有 ${tag}，它不会发布。${section ? `请把 ${tag} 加到标题 ${showValue(section)} 下面。` : `请把 ${tag} 加到正文中它该出现的地方。`}`,
          },
        ];
      });
    });
  });
}
