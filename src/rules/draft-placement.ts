import type { YearContent } from '../data/year-content.ts';
import type { Report, Rule } from './lib/rule.ts';
import { tagsIn } from './lib/year-structure.ts';

/**
 * The production build leaves drafts out (YearContent.hiddenDrafts); `npm run check` reads them
 * with their "draft: true". Either way the same entries count as drafts here.
 */
function drafts(content: YearContent) {
  const hidden = content.hiddenDrafts ?? new Set<string>();
  const chapterIds = new Set(content.chapters.map((c) => c.id));
  const caseIds = new Set(content.cases.map((c) => c.id));
  return {
    chapter: (id: string) =>
      content.chapters.some((c) => c.id === id && c.data.draft) ||
      (hidden.has(id) && !chapterIds.has(id)),
    case: (id: string) =>
      content.cases.some((c) => c.id === id && c.data.draft) ||
      (hidden.has(id) && !caseIds.has(id)),
  };
}

export const draftPlacement: Rule = {
  id: 'draft-placement',
  description:
    'A published chapter holds no draft case, and a published case does not stand in a draft chapter, so that no published page has a hole.',
  check: ({ years }) =>
    years.flatMap((content) => {
      const reports: Report[] = [];
      const isDraft = drafts(content);
      for (const chapter of content.chapters) {
        if (chapter.data.draft) continue;
        for (const tag of tagsIn(chapter)) {
          const id = tag.attributes['id'] ?? '';
          if (tag.name !== 'Case' || !isDraft.case(id)) continue;
          reports.push({
            file: chapter.file,
            field: 'body',
            line: tag.line,
            message: `<Case id="${id}" /> places the case "${id}", which is marked "draft: true", in a chapter that is published, so the published page would have a hole. Remove "draft: true" from the case when it is ready; until then remove the tag, or mark the chapter "draft: true" too.`,
          });
        }
      }
      for (const entry of content.cases) {
        if (entry.data.draft || !isDraft.chapter(entry.data.chapter)) continue;
        reports.push({
          file: entry.file,
          field: 'chapter',
          message: `The case is published, but its chapter "${entry.data.chapter}" is marked "draft: true", so the case would have no page to stand on. Mark the case "draft: true" as well, or remove "draft: true" from the chapter when it is ready.`,
        });
      }
      return reports;
    }),
};
