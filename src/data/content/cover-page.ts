/**
 * What a year's cover shows (src/pages/[year]/index.astro): the foreword, the highlighted figures
 * of every chapter under the footprint chapter's title, and the report's PDF.
 */
import type { Figure } from '../../schemas/figure.ts';
import type { Report } from '../../schemas/report.ts';
import type { PdfTarget } from '../publish/pdfs.ts';
import { listDescription } from '../text/descriptions.ts';

/** The cover sets the year apart from the rest of the title ("降碳报告"). */
const titleWithoutYear = (report: Pick<Report, 'title' | 'year'>) =>
  report.title.replace(String(report.year), '').trim();

/** A chapter's figure, which may be among the year's highlights. */
type ChapterFigure = Figure & { highlight: boolean };

interface CoverChapter {
  slug: string;
  entry: { data: { title: string; figures: readonly ChapterFigure[] } };
}

export interface CoverPage<C extends CoverChapter> {
  description: string;
  titleWithoutYear: string;
  pdf: PdfTarget | undefined;
  /** The chapters the cover quotes, where the year has them. */
  foreword: C | undefined;
  footprint: C | undefined;
  /** Every chapter's highlighted figures, in the report's order. */
  highlights: ChapterFigure[];
}

export function coverPageModel<C extends CoverChapter>(site: {
  report: Pick<Report, 'title' | 'year' | 'organisation'>;
  chapters: readonly C[];
  pdfs: readonly PdfTarget[];
}): CoverPage<C> {
  const { report, chapters } = site;
  const chapter = (slug: string) => chapters.find((c) => c.slug === slug);
  return {
    description: listDescription(
      `${report.organisation}《${report.title}》：`,
      chapters.map((c) => c.entry.data.title),
    ),
    titleWithoutYear: titleWithoutYear(report),
    pdf: site.pdfs.find((p) => p.kind === 'report'),
    foreword: chapter('foreword'),
    footprint: chapter('footprint'),
    highlights: chapters.flatMap((c) => c.entry.data.figures.filter((f) => f.highlight)),
  };
}
