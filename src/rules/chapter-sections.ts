import type { Report, Rule } from './lib/rule.ts';
import { hasText, headingsIn, headingsOf, notAHeading } from './lib/year-structure.ts';

export const chapterSections: Rule = {
  id: 'chapter-sections',
  description:
    'The "sections" of a chapter\'s frontmatter are the ## headings of its text, so that pillar pages find every section.',
  check: ({ years }) =>
    years.flatMap(({ chapters }) =>
      chapters.filter(hasText).flatMap((chapter) => {
        const reports: Report[] = [];
        const headings = headingsOf(chapter);
        const listed = new Set(chapter.data.sections.map((s) => s.heading));
        chapter.data.sections.forEach((section, i) => {
          if (headings.has(section.heading)) return;
          reports.push({
            file: chapter.file,
            field: `sections[${i}].heading`,
            message: notAHeading(section.heading, headings),
          });
        });
        for (const heading of headingsIn(chapter)) {
          if (heading.depth !== 2 || listed.has(heading.text)) continue;
          reports.push({
            file: chapter.file,
            field: 'sections',
            line: heading.line,
            message: `The section "${heading.text}" is not listed in "sections". Add { heading: ${heading.text}, pillars: [...] } so that pillar pages can find it.`,
          });
        }
        return reports;
      }),
    ),
};
