import type { Rule } from './lib/rule.ts';
import { showValue } from '../data/content/problems.ts';
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
  description: `章节 id 不使用网站各年自有页面的名字（${RESERVED_CHAPTER_IDS.map((id) => `\`${id}\``).join('、')}），否则章节页会占用这些页面的地址。`,
  check: ({ years }) =>
    years.flatMap(({ year, chapters }) =>
      chapters
        .filter((chapter) => RESERVED_CHAPTER_IDS.includes(chapter.id))
        .map((chapter) => ({
          file: chapter.file,
          field: '(file)',
          message: `章节 id ${showValue(chapter.id)}（取自文件名）是网站保留的名字：/${year}/${chapter.id}/ 是网站自己的页面，章节页不能占用这一地址。章节 id 不能是以下任何一个：${list(RESERVED_CHAPTER_IDS)}。请给文件改名（章节 id 就是去掉开头序号的文件名），并同样改正 report.json 的 "chapters" 中的 id。`,
        })),
    ),
};
