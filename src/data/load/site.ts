import { getCollection, type CollectionEntry } from 'astro:content';
import { withCorrectionNotes } from '../kpi/corrections.ts';
import { ContentError } from '../content/problems.ts';
import { splitEntryId } from '../content/entry-id.ts';
import { pdfTargets, type PdfTarget } from '../publish/pdfs.ts';
import { showDrafts } from './drafts.ts';
import type { Pillar } from '../../schemas/pillar.ts';
import type { Honour } from '../../schemas/honour.ts';
import type { KpiTable } from '../../schemas/kpi.ts';
import type { DataTable } from '../../schemas/data-table.ts';
import type { Report } from '../../schemas/report.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type CaseEntry = CollectionEntry<'cases'>;

/** One published report year, checked as a whole, in the shape the pages use. */
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

export { showDrafts };

let cached: Promise<ReportYear[]> | undefined;

/** All published years, newest first. Throws a ContentError listing every problem of every year. */
export function loadSite(): Promise<ReportYear[]> {
  cached ??= buildSite();
  return cached;
}

export async function loadYear(year: number): Promise<ReportYear> {
  const found = (await loadSite()).find((y) => y.year === year);
  if (!found) throw new Error(`No published report for ${year}.`);
  return found;
}

/**
 * The years as the pages use them. The content loader (src/pipeline/astro-loader.ts) has read and
 * checked everything already: what reaches the collections passed every rule.
 */
async function buildSite(): Promise<ReportYear[]> {
  // Only the dev server gets here with problems (the build stops in the loaders): show them.
  const problems = await getCollection('problems');
  if (problems.length > 0)
    throw new ContentError(
      problems.map(({ data: { line, rule, severity: _severity, ...problem } }) => ({
        ...problem,
        ...(line ? { line } : {}),
        ...(rule ? { rule } : {}),
      })),
    );
  const [reports, chapters, cases, pillars, honours, kpis, tables] = await Promise.all([
    getCollection('reports'),
    getCollection('chapters'),
    getCollection('cases'),
    getCollection('pillars'),
    getCollection('honours'),
    getCollection('kpis'),
    getCollection('tables'),
  ]);
  const visible = <T extends { data: { draft?: boolean } }>(entries: T[]) =>
    entries.filter((e) => showDrafts || !e.data.draft);
  const ofYear = <T extends { id: string }>(entries: T[], year: number) =>
    entries.filter((e) => splitEntryId(e.id).year === year);

  return reports
    .filter((entry) => showDrafts || !entry.data.draft)
    .map((entry) => entry.data)
    .sort((a, b) => b.year - a.year)
    .map((report): ReportYear => {
      const year = report.year;
      const chapterEntries = new Map(
        visible(ofYear(chapters, year)).map((e) => [splitEntryId(e.id).slug, e]),
      );
      // A chapter missing here is a draft left out of this build.
      const orderedChapters = report.chapters
        .filter((slug) => chapterEntries.has(slug))
        .map((slug) => ({ slug, entry: chapterEntries.get(slug)! }));
      const pillarList = ofYear(pillars, year)[0]?.data.pillars ?? [];
      const kpiTable = ofYear(kpis, year)[0]?.data;
      if (!kpiTable) throw new Error(`content/${year}/kpis.json is missing (rule year-files).`);
      return {
        year,
        pdfs: pdfTargets({
          year,
          organisation: report.organisation,
          reportTitle: report.title,
          chapters: orderedChapters.map(({ slug, entry }) => ({ slug, title: entry.data.title })),
          pillars: pillarList.map(({ id, name }) => ({ id, name })),
        }),
        report,
        chapters: orderedChapters,
        cases: new Map(visible(ofYear(cases, year)).map((e) => [splitEntryId(e.id).slug, e])),
        pillars: pillarList,
        honours: ofYear(honours, year)[0]?.data.honours ?? [],
        kpis: withCorrectionNotes(kpiTable),
        tables: new Map((ofYear(tables, year)[0]?.data.tables ?? []).map((t) => [t.id, t])),
      };
    });
}

/** getStaticPaths of the pages that exist once per published year. */
export async function yearPaths() {
  return (await loadSite()).map((site) => ({
    params: { year: String(site.year) },
    props: { site },
  }));
}
