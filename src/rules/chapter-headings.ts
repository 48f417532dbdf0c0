import type { Rule } from './lib/rule.ts';
import { headingsIn } from './lib/year-structure.ts';

export const chapterHeadings: Rule = {
  id: 'chapter-headings',
  description:
    "A chapter's text uses ## for its sections and ### for sub-sections, since the chapter's title is the page's only # heading.",
  check: ({ years }) =>
    years.flatMap(({ chapters }) =>
      chapters.flatMap((chapter) =>
        headingsIn(chapter)
          .filter((heading) => heading.depth < 2 || heading.depth > 3)
          .map((heading) => ({
            file: chapter.file,
            field: 'body',
            line: heading.line,
            message: `The heading "${heading.text}" uses ${'#'.repeat(heading.depth)}. Use ## for sections and ### for sub-sections (the page title is the chapter title).`,
          })),
      ),
    ),
};
