import { extractTags } from '../mdx-body.ts';
import { suggest } from '../problems.ts';
import type { Report, Rule } from './rule.ts';
import {
  fileLine,
  list,
  placedSections,
  SECTION_ITEMS,
  unreadable,
  unreadableIds,
} from './year-structure.ts';

export const tagReference: Rule = {
  id: 'tag-reference',
  description:
    "Every tag in a chapter's text shows something: a <Case> or <DataTable> names a case or table of the year, a <KeyFigures> or <Photos> a section that has key figures or photos.",
  check: ({ years }) =>
    years.flatMap((content) => {
      const reports: Report[] = [];
      const folder = `content/${content.year}`;
      const caseIds = content.cases.map((c) => c.id);
      const tableIds = content.tables?.data.tables.map((t) => t.id) ?? [];
      const unreadableCases = unreadableIds(content, 'cases');
      for (const chapter of content.chapters) {
        for (const tag of extractTags(chapter.body ?? '')) {
          const id = tag.attributes['id'] ?? '';
          const where = { file: chapter.file, field: 'body', line: fileLine(chapter, tag.line) };
          if (
            tag.name === 'Case' &&
            !caseIds.includes(id) &&
            !content.hiddenDrafts?.has(id) &&
            !unreadableCases.has(id)
          )
            reports.push({
              ...where,
              message: `<Case id="${id}" /> names no case of ${content.year}. Expected one of ${list(caseIds)}.${suggest(id, caseIds)}`,
            });
          if (
            tag.name === 'DataTable' &&
            !tableIds.includes(id) &&
            !unreadable(content, 'tables.json')
          )
            reports.push({
              ...where,
              message: `<DataTable id="${id}" /> names no table in ${folder}/tables.json. Expected one of ${list(tableIds)}.${suggest(id, tableIds)}`,
            });
        }
        for (const { kind, tagName } of SECTION_ITEMS) {
          const items = chapter.data[kind];
          for (const section of placedSections(chapter.body ?? '', tagName)) {
            if (items.some((item) => (item.section ?? '') === section)) continue;
            reports.push({
              file: chapter.file,
              field: 'body',
              message: `<${tagName}${section ? ` section="${section}"` : ''} /> shows nothing: no entry of "${kind}" has that section.`,
            });
          }
        }
      }
      return reports;
    }),
};
