import { formatBytes } from '../text/format.ts';
import type { SitePaths } from '../site/addresses.ts';

/** What becomes a ready-made PDF: every chapter, every pillar, and the whole report. */
export interface PdfTarget {
  kind: 'chapter' | 'pillar' | 'report';
  year: number;
  /** The page it is printed from. */
  page: string;
  /** Its file name: the report, the year and the part, stable across builds. */
  file: string;
  /** Its document title. */
  title: string;
  /** Its document author: the report's organisation. */
  author: string;
}

export function pdfHref(target: Pick<PdfTarget, 'year' | 'file'>, paths: SitePaths): string {
  return paths.pdf(target.year, target.file);
}

interface YearOutline {
  year: number;
  organisation: string;
  reportTitle: string;
  chapters: { slug: string; title: string }[];
  pillars: { id: string; name: string }[];
}

const filePrefix = (year: number) => `chinalco-${year}-carbon-report`;

/** The whole report's PDF, printed from the print page. */
export function reportPdf(
  year: number,
  organisation: string,
  reportTitle: string,
  paths: SitePaths,
): PdfTarget {
  return {
    kind: 'report',
    year,
    page: paths.print(year),
    file: `${filePrefix(year)}.pdf`,
    title: `${organisation}《${reportTitle}》`,
    author: organisation,
  };
}

export function pdfTargets(
  { year, organisation, reportTitle, chapters, pillars }: YearOutline,
  paths: SitePaths,
): PdfTarget[] {
  const prefix = filePrefix(year);
  const full = `${organisation}《${reportTitle}》`;
  return [
    reportPdf(year, organisation, reportTitle, paths),
    ...chapters.map(({ slug, title }, i) => ({
      kind: 'chapter' as const,
      year,
      page: paths.chapter(year, slug),
      file: `${prefix}-${String(i + 1).padStart(2, '0')}-${slug}.pdf`,
      title: `${title} | ${full}`,
      author: organisation,
    })),
    ...pillars.map(({ id, name }) => ({
      kind: 'pillar' as const,
      year,
      page: paths.pillar(year, id),
      file: `${prefix}-pillar-${id}.pdf`,
      title: `${name} | ${full}`,
      author: organisation,
    })),
  ];
}

/** A PDF's path under pdf/ (2017/<file>.pdf): where the build writes it, and what its size placeholder names. */
export const pdfPath = (target: Pick<PdfTarget, 'year' | 'file'>) =>
  `${target.year}/${target.file}`;

/** What a PDF link shows after its label: "（PDF，507 KB）". */
export const pdfSizeText = (bytes: number) => `（PDF，${formatBytes(bytes)}）`;
