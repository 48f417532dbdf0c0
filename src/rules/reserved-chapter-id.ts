import type { Rule } from './lib/rule.ts';
import { list } from './lib/year-structure.ts';

/** Chapter ids that would collide with the year's other pages. */
export const RESERVED_CHAPTER_IDS: readonly string[] = [
  'cases',
  'kpis',
  'pillars',
  'print',
  'search',
  'data',
];

export const reservedChapterId: Rule = {
  id: 'reserved-chapter-id',
  description: `No chapter takes an id that the year's own pages use (${list(RESERVED_CHAPTER_IDS)}), since its page would take their address.`,
  check: ({ years }) =>
    years.flatMap(({ chapters }) =>
      chapters
        .filter((chapter) => RESERVED_CHAPTER_IDS.includes(chapter.id))
        .map((chapter) => ({
          file: chapter.file,
          field: '(file)',
          message: `"${chapter.id}" is reserved for the year's own pages. Rename the file.`,
        })),
    ),
};
