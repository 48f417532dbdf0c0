import { showValue } from '../data/content/problems.ts';
import type { YearContent } from '../data/content/year-content.ts';
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
    '要发布的章节中不放草稿案例（`draft: true`），要发布的案例也不放在草稿章节中，发布的页面上不会缺一块。',
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
            message: `<Case id="${id}" /> 把案例 ${showValue(id)} 放进了要发布的本章，但这个案例标有 "draft: true"（草稿，不发布），发布的页面上会缺一块。要发布的章节中只能放要发布的案例。案例写好后，请删除它的 "draft: true"；在此之前，请删除这个标签，或把本章也标为 "draft: true"。`,
          });
        }
      }
      for (const entry of content.cases) {
        if (entry.data.draft || !isDraft.chapter(entry.data.chapter)) continue;
        reports.push({
          file: entry.file,
          field: 'chapter',
          message: `本案例要发布，但它所属的章节 ${showValue(entry.data.chapter)} 标有 "draft: true"（草稿，不发布），案例将没有页面可放。要发布的案例只能放在要发布的章节中。请把本案例也标为 "draft: true"，或在该章写好后删除该章的 "draft: true"。`,
        });
      }
      return reports;
    }),
};
