import type { Rule } from './lib/rule.ts';
import { oddCharacters, showValue, suggest } from '../data/content/problems.ts';
import { headingsOf, list, unreadableIds } from './lib/year-structure.ts';

export const tablePlacement: Rule = {
  id: 'table-placement',
  description:
    '`tables.json` 中每个表格的 "chapter" 都是当年的一个章节，"section" 都是该章正文的一个标题，表格才知道放在哪里。',
  check: ({ years }) =>
    years.flatMap((content) => {
      if (!content.tables) return [];
      const { file, data } = content.tables;
      const unreadableChapters = unreadableIds(content, 'chapters');
      return data.tables.flatMap((table, i) => {
        if (unreadableChapters.has(table.chapter)) return [];
        const home = content.chapters.find((c) => c.id === table.chapter);
        const headings = headingsOf(home);
        if (!home)
          return [
            {
              file,
              field: `tables[${i}].chapter`,
              message: `表格 ${showValue(table.id)} 的 "chapter" 为 ${showValue(table.chapter)}，但 ${content.year} 年没有这个章节。${oddCharacters(table.chapter)}应为其中之一：${list(content.chapters.map((c) => c.id))}。${suggest(
                table.chapter,
                content.chapters.map((c) => c.id),
              )}请改正 "chapter"。`,
            },
          ];
        if (!headings.has(table.section))
          return [
            {
              file,
              field: `tables[${i}].section`,
              message: `表格 ${showValue(table.id)} 的 "section" 为 ${showValue(table.section)}，但它不是章节 ${showValue(table.chapter)}（${home.file}）正文的标题。${oddCharacters(table.section)}应为其中之一：${list(headings)}。${suggest(
                table.section,
                [...headings],
              )}请改正 "section"，使它与正文中的标题一字不差。`,
            },
          ];
        return [];
      });
    }),
};
