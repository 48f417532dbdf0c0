import type { Rule } from './lib/rule.ts';
import { hasText } from './lib/year-structure.ts';

export const chapterText: Rule = {
  id: 'chapter-text',
  description: 'Every chapter has its text below the frontmatter, so that no page is empty.',
  check: ({ years }) =>
    years.flatMap(({ chapters }) =>
      chapters
        .filter((chapter) => !hasText(chapter))
        .map((chapter) => ({
          file: chapter.file,
          field: 'body',
          message:
            'The chapter has no text. Write its text below the frontmatter, or mark it "draft: true" until it is ready.',
        })),
    ),
};
