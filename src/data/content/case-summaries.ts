import type { ReportYear } from './report-year.ts';
import type { CaseSummary } from './pillar-index.ts';

/** The cases of a year in the report's order (chapter, then position in the chapter). */
export function caseSummaries(site: Pick<ReportYear, 'chapters' | 'cases'>): CaseSummary[] {
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
