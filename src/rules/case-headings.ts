import type { Rule } from './lib/rule.ts';
import { headingsIn } from './lib/year-structure.ts';

export const caseHeadings: Rule = {
  id: 'case-headings',
  description:
    'A case has no headings of its own, since it stands in a box under a heading of its chapter.',
  check: ({ years }) =>
    years.flatMap(({ cases }) =>
      cases.flatMap((entry) =>
        headingsIn(entry).map((heading) => ({
          file: entry.file,
          field: 'body',
          line: heading.line,
          message: `A case has no headings of its own; write "${heading.text}" as a bold lead-in (**${heading.text}**) instead of ${'#'.repeat(heading.depth)}.`,
        })),
      ),
    ),
};
