import { getCollection } from 'astro:content';
import { withCorrectionNotes } from '../kpi/corrections.ts';
import { ContentError } from '../content/problems.ts';
import { splitEntryId } from '../content/entry-id.ts';
import type { ReportYear } from '../content/report-year.ts';
import { pdfTargets } from '../publish/pdfs.ts';
import { showDrafts } from './build-mode.ts';
import { paths } from './paths.ts';

export type { CaseEntry, ChapterEntry, ReportYear } from '../content/report-year.ts';

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
  const drafts = showDrafts();
  const visible = <T extends { data: { draft?: boolean } }>(entries: T[]) =>
    entries.filter((e) => drafts || !e.data.draft);
  const ofYear = <T extends { id: string }>(entries: T[], year: number) =>
    entries.filter((e) => splitEntryId(e.id).year === year);

  return reports
    .filter((entry) => drafts || !entry.data.draft)
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
        pdfs: pdfTargets(
          {
            year,
            organisation: report.organisation,
            reportTitle: report.title,
            chapters: orderedChapters.map(({ slug, entry }) => ({ slug, title: entry.data.title })),
            pillars: pillarList.map(({ id, name }) => ({ id, name })),
          },
          paths,
        ),
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
