import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './paths.ts';

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
}

/**
 * The environment variable naming the folder of PDFs this site build links (<year>/<file>.pdf).
 * The publishing build sets it for its second site pass; without it pages link no PDF.
 */
export const PDF_DIR_VARIABLE = 'PDF_DIR';

export function pdfHref(target: Pick<PdfTarget, 'year' | 'file'>): string {
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
export function reportPdf(year: number, organisation: string, reportTitle: string): PdfTarget {
  return {
    kind: 'report',
    year,
    page: paths.print(year),
    file: `${filePrefix(year)}.pdf`,
    title: `${organisation}《${reportTitle}》`,
  };
}

export function pdfTargets({
  year,
  organisation,
  reportTitle,
  chapters,
  pillars,
}: YearOutline): PdfTarget[] {
  const prefix = filePrefix(year);
  const full = `${organisation}《${reportTitle}》`;
  return [
    reportPdf(year, organisation, reportTitle),
    ...chapters.map(({ slug, title }, i) => ({
      kind: 'chapter' as const,
      year,
      page: paths.chapter(year, slug),
      file: `${prefix}-${String(i + 1).padStart(2, '0')}-${slug}.pdf`,
      title: `${title} | ${full}`,
    })),
    ...pillars.map(({ id, name }) => ({
      kind: 'pillar' as const,
      year,
      page: paths.pillar(year, id),
      file: `${prefix}-pillar-${id}.pdf`,
      title: `${name} | ${full}`,
    })),
  ];
}

/** The size of a PDF the build produced, or undefined: a page never links a PDF that does not exist. */
export function producedPdfBytes(
  target: Pick<PdfTarget, 'year' | 'file'>,
  folder = process.env[PDF_DIR_VARIABLE],
): number | undefined {
  if (!folder) return undefined;
  const file = join(folder, String(target.year), target.file);
  return existsSync(file) ? statSync(file).size : undefined;
}
