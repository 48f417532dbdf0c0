import type { Rule } from './rule.ts';
import { hasText, headingsOf, notAHeading, type SECTION_ITEMS } from './year-structure.ts';

/** The check that the key figures, or the photos, of a chapter name headings of its text. */
export function sectionNamed(kind: (typeof SECTION_ITEMS)[number]['kind']): Rule['check'] {
  return ({ years }) =>
    years.flatMap(({ chapters }) =>
      chapters.filter(hasText).flatMap((chapter) => {
        const headings = headingsOf(chapter);
        return chapter.data[kind].flatMap((item, i) => {
          const section = item.section ?? '';
          return section && !headings.has(section)
            ? [
                {
                  file: chapter.file,
                  field: `${kind}[${i}].section`,
                  message: notAHeading(section, headings),
                },
              ]
            : [];
        });
      }),
    );
}
