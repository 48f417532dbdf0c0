import { render } from 'astro:content';
import type { ReportYear } from './site.ts';
import type { CaseSummary, ChapterSummary } from '../content/pillar-index.ts';

/** The chapters of a year with their sections and rendered heading anchors. */
export async function chapterSummaries(site: ReportYear): Promise<ChapterSummary[]> {
  return Promise.all(
    site.chapters.map(async ({ slug, entry }) => {
      const { headings } = await render(entry);
      return {
        slug,
        title: entry.data.title,
        sections: entry.data.sections,
        anchors: new Map(headings.map((h) => [h.text, h.slug])),
      };
    }),
  );
}

/** The cases of a year in the report's order (chapter, then position in the chapter). */
export function caseSummaries(site: ReportYear): CaseSummary[] {
  const position = (chapter: string, id: string) => {
    const body = site.chapters.find((c) => c.slug === chapter)?.entry.body ?? '';
    return body.indexOf(`<Case id="${id}"`);
  };
  const order = site.chapters.map((c) => c.slug);
  return [...site.cases.entries()]
    .map(([id, entry]) => ({ id, ...entry.data }))
    .sort(
      (a, b) =>
        order.indexOf(a.chapter) - order.indexOf(b.chapter) ||
        position(a.chapter, a.id) - position(b.chapter, b.id),
    );
}
