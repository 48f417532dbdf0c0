import { oddCharacters, showValue } from '../data/content/problems.ts';
import type { Rule } from './lib/rule.ts';
import { headingsIn } from './lib/year-structure.ts';

export const caseHeadings: Rule = {
  id: 'case-headings',
  description: '案例正文中没有自己的标题（`##` 等），因为案例显示在所属章节某个标题下的方框里。',
  check: ({ years }) =>
    years.flatMap(({ cases }) =>
      cases.flatMap((entry) =>
        headingsIn(entry).map((heading) => ({
          file: entry.file,
          field: 'body',
          line: heading.line,
          message: `案例正文中有标题 ${showValue(heading.text)}（${'#'.repeat(heading.depth)}）。案例显示在章节某个标题下的方框里，不能有自己的标题。请把这一行改为加粗的引导语：**${heading.text}**。${oddCharacters(heading.text)}`,
        })),
      ),
    ),
};
