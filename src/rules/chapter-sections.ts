import { oddCharacters, showValue } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import { hasText, headingsIn, headingsOf, list, notAHeading } from './lib/year-structure.ts';

export const chapterSections: Rule = {
  id: 'chapter-sections',
  description: '章节 frontmatter 中的 `sections` 就是正文的 `##` 标题，支柱页才能找到每个小节。',
  check: ({ years }) =>
    years.flatMap(({ chapters, pillars }) =>
      chapters.filter(hasText).flatMap((chapter) => {
        const reports: Report[] = [];
        const headings = headingsOf(chapter);
        const listed = new Set(chapter.data.sections.map((s) => s.heading));
        const pillarIds = (pillars?.data.pillars ?? []).map((p) => p.id);
        chapter.data.sections.forEach((section, i) => {
          if (headings.has(section.heading)) return;
          reports.push({
            file: chapter.file,
            field: `sections[${i}].heading`,
            message: notAHeading(section.heading, headings, 'heading'),
          });
        });
        for (const heading of headingsIn(chapter)) {
          if (heading.depth !== 2 || listed.has(heading.text)) continue;
          reports.push({
            file: chapter.file,
            field: 'sections',
            line: heading.line,
            message: `小节 ${showValue(heading.text)} 没有列在 "sections" 中，支柱页找不到它。正文的每个 ## 标题都应列在 "sections" 中。请按正文的顺序加上 { heading: ${heading.text}, pillars: [待填写] }，并把“待填写”换成本节所属支柱的 id（${pillarIds.length ? `应为其中之一：${list(pillarIds)}` : '见本年的 pillars.json'}）。${oddCharacters(heading.text)}`,
          });
        }
        return reports;
      }),
    ),
};
