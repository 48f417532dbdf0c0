import type { Rule } from './lib/rule.ts';
import { hasText } from './lib/year-structure.ts';

export const chapterText: Rule = {
  id: 'chapter-text',
  description: '每一章在 frontmatter 之下都有正文，网站上没有空页面。',
  check: ({ years }) =>
    years.flatMap(({ chapters }) =>
      chapters
        .filter((chapter) => !hasText(chapter))
        .map((chapter) => ({
          file: chapter.file,
          field: 'body',
          message:
            '本章在 frontmatter 之下没有正文，发布后会是空页面。每一章都应有正文。请在 frontmatter 结尾的 --- 之下写正文；还没写好时，请在 frontmatter 中写 "draft: true"，写好后再删除。',
        })),
    ),
};
