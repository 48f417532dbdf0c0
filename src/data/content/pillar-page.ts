/**
 * What a pillar's page shows (src/pages/[year]/pillars/[pillar].astro): the sections, cases and
 * indicators of the year tagged with it, and its PDF.
 */
import type { Pillar } from '../../schemas/pillar.ts';
import type { PdfTarget } from '../publish/pdfs.ts';
import type { SitePaths } from '../site/addresses.ts';
import { summarise } from '../text/descriptions.ts';
import { formatKpiCell } from '../text/format.ts';
import { caseSummaries } from './case-summaries.ts';
import { gatherPillar, type ChapterSummary, type PillarIndex } from './pillar-index.ts';
import type { ReportYear } from './report-year.ts';

export interface PillarPage extends Omit<PillarIndex, 'kpis'> {
  /** The meta description: the model's first paragraph, else the initiative. */
  description: string;
  pdf: PdfTarget | undefined;
  /** Each indicator with its values of the year's table ("2016：300，2017：370"). */
  kpis: (PillarIndex['kpis'][number] & { values: string })[];
}

export function pillarPageModel(
  site: Pick<ReportYear, 'year' | 'pdfs' | 'kpis' | 'chapters' | 'cases'>,
  pillar: Pick<Pillar, 'id' | 'description' | 'initiative'>,
  /** The year's chapters as rendered (src/data/load/chapter-summaries.ts). */
  chapters: readonly ChapterSummary[],
  paths: SitePaths,
): PillarPage {
  const index = gatherPillar(pillar.id, chapters, caseSummaries(site), site.kpis);
  const page = paths.pillar(site.year, pillar.id);
  return {
    description: summarise(pillar.description[0] ?? pillar.initiative),
    pdf: site.pdfs.find((p) => p.kind === 'pillar' && p.page === page),
    sections: index.sections,
    cases: index.cases,
    kpis: index.kpis.map((entry) => ({
      ...entry,
      values: site.kpis.years.map((y) => `${y}：${formatKpiCell(entry.kpi, y)}`).join('，'),
    })),
  };
}
