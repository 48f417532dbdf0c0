import type { DocumentTag as BodyTag } from '../pipeline/mdx-document.ts';
import { oddCharacters, showValue, suggest } from '../data/content/problems.ts';
import type { Sourced, YearContent } from '../data/content/year-content.ts';
import type { ChapterData } from '../schemas/chapter.ts';
import type { Rule } from './lib/rule.ts';
import { list, tagsIn, SECTION_ITEMS, unreadable, unreadableIds } from './lib/year-structure.ts';

export const tagReference: Rule = {
  id: 'tag-reference',
  description:
    '章节正文中的每个标签都有内容可显示：`<Case>`、`<DataTable>` 的 `id` 是当年的一个案例或表格，`<KeyFigures>`、`<Photos>` 的 `section` 下确有关键数字或图片。',
  check: ({ years }) =>
    years.flatMap((content) => {
      const showsNothing = tagProblem(content);
      return content.chapters.flatMap((chapter) =>
        tagsIn(chapter).flatMap((tag) => {
          const message = showsNothing(chapter, tag);
          return message ? [{ file: chapter.file, field: 'body', line: tag.line, message }] : [];
        }),
      );
    }),
};

/** What is wrong with a tag of a chapter of the year, if anything. */
function tagProblem(content: YearContent) {
  const caseIds = content.cases.map((c) => c.id);
  const tableIds = content.tables?.data.tables.map((t) => t.id) ?? [];
  // A case that could not be read, or a draft left out of this build, is no unknown case.
  const absent = new Set([...unreadableIds(content, 'cases'), ...(content.hiddenDrafts ?? [])]);
  return (chapter: Sourced<ChapterData>, tag: BodyTag): string | undefined => {
    const id = tag.attributes['id'] ?? '';
    if (tag.name === 'Case' && !caseIds.includes(id) && !absent.has(id))
      return `<Case> 标签的 id ${showValue(id)} 不是 ${content.year} 年的案例（content/${content.year}/cases/ 中没有这个案例）。${oddCharacters(id)}应为其中之一：${list(caseIds)}。${suggest(id, caseIds)}请改正 id，或先在 cases/ 中添加这个案例。`;
    if (tag.name === 'DataTable' && !tableIds.includes(id) && !unreadable(content, 'tables.json'))
      return `<DataTable> 标签的 id ${showValue(id)} 不是 content/${content.year}/tables.json 中的表格。${oddCharacters(id)}应为其中之一：${list(tableIds)}。${suggest(id, tableIds)}请改正 id，或先在 tables.json 中添加这个表格。`;
    const items = SECTION_ITEMS.find((item) => item.tagName === tag.name);
    if (!items) return undefined;
    const section = tag.attributes['section'] ?? '';
    if (chapter.data[items.kind].some((item) => (item.section ?? '') === section)) return undefined;
    const kind = items.kind === 'figures' ? '关键数字' : '图片';
    const sections = [
      ...new Set(chapter.data[items.kind].map((item) => item.section ?? '').filter(Boolean)),
    ];
    return `<${tag.name}${section ? ` section="${section}"` : ''} /> 什么也不显示：frontmatter 的 "${items.kind}" 中没有${section ? ` "section" 为 ${showValue(section)} 的` : '不带 "section" 的'}${kind}。${oddCharacters(section)}"section" 应为其中之一：${list(sections)}。${suggest(section, sections)}请改正标签的 section，或在 "${items.kind}" 中添加这一小节的${kind}；没有要显示的就删除这个标签。`;
  };
}
