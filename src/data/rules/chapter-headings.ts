import { extractHeadings } from '../mdx-body.ts';
import type { Rule } from './rule.ts';
import { fileLine } from './year-structure.ts';

export const chapterHeadings: Rule = {
  id: 'chapter-headings',
  description:
    "A chapter's text uses ## for its sections and ### for sub-sections, since the chapter's title is the page's only # heading.",
  check: ({ years }) =>
    years.flatMap(({ chapters }) =>
      chapters.flatMap((chapter) =>
        extractHeadings(chapter.body ?? '')
          .filter((heading) => heading.depth < 2 || heading.depth > 3)
          .map((heading) => ({
            file: chapter.file,
            field: 'body',
            line: fileLine(chapter, heading.line),
            message: `The heading "${heading.text}" uses ${'#'.repeat(heading.depth)}. Use ## for sections and ### for sub-sections (the page title is the chapter title).`,
          })),
      ),
    ),
};
