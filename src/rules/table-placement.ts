import type { Rule } from './lib/rule.ts';
import { headingsOf, list, unreadableIds } from './lib/year-structure.ts';

export const tablePlacement: Rule = {
  id: 'table-placement',
  description:
    'Each table of tables.json names a chapter of its year and a heading of that chapter.',
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
              message: `"${table.chapter}" is not a chapter of ${content.year}. Expected one of ${list(content.chapters.map((c) => c.id))}.`,
            },
          ];
        if (!headings.has(table.section))
          return [
            {
              file,
              field: `tables[${i}].section`,
              message: `"${table.section}" is not a heading of the chapter "${table.chapter}". Expected one of ${list(headings)}.`,
            },
          ];
        return [];
      });
    }),
};
