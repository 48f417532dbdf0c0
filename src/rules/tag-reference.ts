import type { DocumentTag as BodyTag } from '../pipeline/mdx-document.ts';
import { suggest } from '../data/problems.ts';
import type { Sourced, YearContent } from '../data/year-content.ts';
import type { ChapterData } from '../schemas/chapter.ts';
import type { Rule } from './lib/rule.ts';
import { list, tagsIn, SECTION_ITEMS, unreadable, unreadableIds } from './lib/year-structure.ts';

export const tagReference: Rule = {
  id: 'tag-reference',
  description:
    "Every tag in a chapter's text shows something: a `<Case>` or `<DataTable>` names a case or table of the year, a `<KeyFigures>` or `<Photos>` a section that has key figures or photos.",
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
      return `<Case id="${id}" /> names no case of ${content.year}. Expected one of ${list(caseIds)}.${suggest(id, caseIds)}`;
    if (tag.name === 'DataTable' && !tableIds.includes(id) && !unreadable(content, 'tables.json'))
      return `<DataTable id="${id}" /> names no table in content/${content.year}/tables.json. Expected one of ${list(tableIds)}.${suggest(id, tableIds)}`;
    const items = SECTION_ITEMS.find((item) => item.tagName === tag.name);
    if (!items) return undefined;
    const section = tag.attributes['section'] ?? '';
    if (chapter.data[items.kind].some((item) => (item.section ?? '') === section)) return undefined;
    return `<${tag.name}${section ? ` section="${section}"` : ''} /> shows nothing: no entry of "${items.kind}" has that section.`;
  };
}
