import { suggest } from '../data/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import {
  hasText,
  headingsOf,
  list,
  placements,
  sectionsAtTag,
  unreadableIds,
} from './lib/year-structure.ts';

export const casePlacement: Rule = {
  id: 'case-placement',
  description:
    'A case names a chapter of its year and a heading of that chapter, and its `<Case>` tag stands under that heading.',
  check: ({ years }) =>
    years.flatMap((content) => {
      const reports: Report[] = [];
      const chapterIds = content.chapters.map((c) => c.id);
      const unreadableChapters = unreadableIds(content, 'chapters');
      const placed = placements(content, 'Case');
      for (const entry of content.cases) {
        const { chapter, section } = entry.data;
        // A draft chapter left out of the build: draft-placement reports the case.
        if (unreadableChapters.has(chapter) || content.hiddenDrafts?.has(chapter)) continue;
        const home = content.chapters.find((c) => c.id === chapter);
        if (!home) {
          reports.push({
            file: entry.file,
            field: 'chapter',
            message: `"${chapter}" is not a chapter of ${content.year}. Expected one of ${list(chapterIds)}.${suggest(chapter, chapterIds)}`,
          });
          continue;
        }
        const headings = headingsOf(home);
        if (!headings.has(section)) {
          reports.push({
            file: entry.file,
            field: 'section',
            message: `"${section}" is not a heading of the chapter "${chapter}". Expected one of ${list(headings)}.${suggest(section, [...headings])}`,
          });
          continue;
        }
        // A tag missing, repeated or in another chapter is tag-placement's to report; it may stand
        // in a chapter that could not be read.
        const placedIn = placed.get(entry.id) ?? [];
        if (!hasText(home) || unreadableChapters.size > 0) continue;
        if (placedIn.length !== 1 || placedIn[0] !== chapter) continue;
        const standsUnder = sectionsAtTag(home, 'Case', entry.id);
        if (standsUnder.includes(section)) continue;
        reports.push({
          file: entry.file,
          field: 'section',
          message: `The case says it stands under "${section}", but <Case id="${entry.id}" /> stands under ${standsUnder.length ? `"${standsUnder.at(-1)}"` : 'no heading'}. Move the tag under "${section}", or correct "section".`,
        });
      }
      return reports;
    }),
};
