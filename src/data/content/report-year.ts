import type { CollectionEntry } from 'astro:content';
import type { PdfTarget } from '../publish/pdfs.ts';
import type { Pillar } from '../../schemas/pillar.ts';
import type { Honour } from '../../schemas/honour.ts';
import type { KpiTable } from '../../schemas/kpi.ts';
import type { DataTable } from '../../schemas/data-table.ts';
import type { Report } from '../../schemas/report.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type CaseEntry = CollectionEntry<'cases'>;

/**
 * One published report year, checked as a whole, in the shape the pages use (read by
 * src/data/load/site.ts).
 */
export interface ReportYear {
  year: number;
  /** The ready-made PDFs of the year (whether each was produced is checked where it is linked). */
  pdfs: PdfTarget[];
  report: Report;
  /** Chapters in the published order, with their ids. */
  chapters: { slug: string; entry: ChapterEntry }[];
  /** Cases by id. */
  cases: Map<string, CaseEntry>;
  pillars: Pillar[];
  honours: Honour[];
  kpis: KpiTable;
  tables: Map<string, DataTable>;
}
