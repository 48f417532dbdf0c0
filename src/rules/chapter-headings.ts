import { oddCharacters, showValue } from '../data/content/problems.ts';
import type { Rule } from './lib/rule.ts';
import { headingsIn } from './lib/year-structure.ts';

export const chapterHeadings: Rule = {
  id: 'chapter-headings',
  description:
    '章节正文用 `##` 写小节标题、用 `###` 写下一级标题，因为章节标题就是页面上唯一的 `#` 标题。',
  check: ({ years }) =>
    years.flatMap(({ chapters }) =>
      chapters.flatMap((chapter) =>
        headingsIn(chapter)
          .filter((heading) => heading.depth < 2 || heading.depth > 3)
          .map((heading) => ({
            file: chapter.file,
            field: 'body',
            line: heading.line,
            message: `标题 ${showValue(heading.text)} 用了 ${'#'.repeat(heading.depth)}。章节正文中小节标题应用 ##，下一级标题用 ###（页面上的 # 标题就是章节标题）。请把这一行开头的 ${'#'.repeat(heading.depth)} 改为 ## 或 ###。${oddCharacters(heading.text)}`,
          })),
      ),
    ),
};
