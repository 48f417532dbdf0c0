/**
 * What a year's cases index shows (src/pages/[year]/cases/index.astro): every case in the report's
 * order, grouped under the chapter that tells it; chapters without cases are left out.
 */
import { caseSummaries } from './case-summaries.ts';
import type { CaseSummary } from './pillar-index.ts';
import type { ReportYear } from './report-year.ts';

export interface CasesPage {
  cases: CaseSummary[];
  byChapter: { slug: string; title: string; cases: CaseSummary[] }[];
}

export function casesPageModel(site: Pick<ReportYear, 'chapters' | 'cases'>): CasesPage {
  const cases = caseSummaries(site);
  const byChapter = site.chapters
    .map(({ slug, entry }) => ({
      slug,
      title: entry.data.title,
      cases: cases.filter((c) => c.chapter === slug),
    }))
    .filter((group) => group.cases.length > 0);
  return { cases, byChapter };
}
