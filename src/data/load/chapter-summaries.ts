import { render } from 'astro:content';
import type { ReportYear } from '../content/report-year.ts';
import type { ChapterSummary } from '../content/pillar-index.ts';

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
