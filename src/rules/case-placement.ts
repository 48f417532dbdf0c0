import { oddCharacters, showValue, suggest } from '../data/content/problems.ts';
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
    '每个案例的 `chapter` 是本年的一章，`section` 是该章正文的一个标题，案例的 `<Case>` 标签就放在这个标题下。',
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
            message: `${showValue(chapter)} 不是 ${content.year} 年报告的章节。应为其中之一：${list(chapterIds)}。${suggest(chapter, chapterIds)}${oddCharacters(chapter)}请改正 "chapter"。`,
          });
          continue;
        }
        const headings = headingsOf(home);
        if (!headings.has(section)) {
          reports.push({
            file: entry.file,
            field: 'section',
            message: `${showValue(section)} 不是章节 ${showValue(chapter)} 正文的标题。应为其中之一：${list(headings)}。${suggest(section, [...headings])}${oddCharacters(section)}请改正 "section"，使它与正文中的标题一字不差。`,
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
        const under = standsUnder.at(-1);
        reports.push({
          file: entry.file,
          field: 'section',
          message: `案例的 "section" 是 ${showValue(section)}，但 <Case id="${entry.id}" /> 放在${under === undefined ? '章节的所有标题之前' : `标题 ${showValue(under)} 下`}。标签应放在 "section" 所写的标题下。请把标签移到标题 ${showValue(section)} 下，或改正 "section"。`,
        });
      }
      return reports;
    }),
};
