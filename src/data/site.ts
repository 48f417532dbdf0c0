import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { ContentError, formatProblem } from './problems.ts';
import { withCorrectionNotes } from './kpi-corrections.ts';
import { CONTENT_RULES, FILE_READING_RULES } from './rules/index.ts';
import { runAsyncRules, runRules } from './rules/run.ts';
import { splitEntryId } from './entry-id.ts';
import { pdfTargets, type PdfTarget } from './pdfs.ts';
import type { Sourced, YearContent } from './year-content.ts';
import type { Pillar } from '../schemas/pillar.ts';
import type { Honour } from '../schemas/honour.ts';
import type { KpiTable } from '../schemas/kpi.ts';
import type { DataTable } from '../schemas/data-table.ts';
import type { Report } from '../schemas/report.ts';

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

/**
 * Drafts show in the dev server and in a preview build (`npm run build:preview`, SHOW_DRAFTS=true),
 * never in the production build.
 */
export const showDrafts = import.meta.env.DEV || process.env['SHOW_DRAFTS'] === 'true';

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

async function buildSite(): Promise<ReportYear[]> {
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
  const years = [
    ...new Set([...reports, ...chapters, ...cases, ...kpis].map((e) => splitEntryId(e.id).year)),
  ];

  const contents = years.map((year): YearContent => {
    const ofYear = <T extends { id: string }>(entries: T[]) =>
      entries.filter((e) => splitEntryId(e.id).year === year);
    const single = <T extends { id: string; filePath?: string | undefined; data: unknown }>(
      entries: T[],
    ): Sourced<T['data']> | undefined => {
      const entry = ofYear(entries)[0];
      return entry ? sourced<T['data']>(entry) : undefined;
    };
    const hiddenDrafts = new Set(
      [...ofYear(chapters), ...ofYear(cases)]
        .filter((e) => !showDrafts && e.data.draft)
        .map((e) => splitEntryId(e.id).slug),
    );
    return {
      year,
      hiddenDrafts,
      report: single(reports),
      chapters: visible(ofYear(chapters)).map(sourced),
      cases: visible(ofYear(cases)).map(sourced),
      pillars: single(pillars),
      honours: single(honours),
      kpis: single(kpis),
      tables: single(tables),
    };
  });

  // In the dev server a draft year may still be incomplete: its problems are shown, not fatal.
  const draftYears = new Set(contents.filter((c) => c.report?.data.draft).map((c) => c.year));
  const problems = [
    ...runRules(CONTENT_RULES, { sources: [], years: contents }),
    ...(await runAsyncRules(FILE_READING_RULES, { root: process.cwd(), years: contents })),
  ];
  const inDraft = (p: { file: string }) =>
    [...draftYears].some((year) => p.file.startsWith(`content/${year}/`));
  for (const problem of problems.filter(inDraft)) console.warn(`[draft] ${formatProblem(problem)}`);
  const blocking = problems.filter((p) => !inDraft(p));
  if (blocking.length > 0) throw new ContentError(blocking);

  return contents
    .filter((c) => c.report && (showDrafts || !c.report.data.draft))
    .sort((a, b) => b.year - a.year)
    .map((content): ReportYear => {
      const report = content.report!.data;
      const ofYear = <T extends { id: string }>(entries: T[]) =>
        entries.filter((e) => splitEntryId(e.id).year === content.year);
      const chapterEntries = new Map(
        visible(ofYear(chapters)).map((e) => [splitEntryId(e.id).slug, e]),
      );
      // A chapter missing here is a draft left out of this build.
      const orderedChapters = report.chapters
        .filter((slug) => chapterEntries.has(slug))
        .map((slug) => ({ slug, entry: chapterEntries.get(slug)! }));
      const pillarList = content.pillars!.data.pillars;
      return {
        year: content.year,
        pdfs: pdfTargets({
          year: content.year,
          organisation: report.organisation,
          reportTitle: report.title,
          chapters: orderedChapters.map(({ slug, entry }) => ({ slug, title: entry.data.title })),
          pillars: pillarList.map(({ id, name }) => ({ id, name })),
        }),
        report,
        chapters: orderedChapters,
        cases: new Map(visible(ofYear(cases)).map((e) => [splitEntryId(e.id).slug, e])),
        pillars: pillarList,
        honours: content.honours?.data.honours ?? [],
        kpis: withCorrectionNotes(content.kpis!.data),
        tables: new Map((content.tables?.data.tables ?? []).map((t) => [t.id, t])),
      };
    });
}

function sourced<T>(entry: {
  id: string;
  filePath?: string | undefined;
  data: T;
  body?: string | undefined;
}): Sourced<T> {
  const file = entry.filePath ?? entry.id;
  return {
    id: splitEntryId(entry.id).slug,
    file,
    data: entry.data,
    ...(entry.body !== undefined
      ? { body: entry.body, bodyStartLine: linesBeforeBody(file, entry.body) }
      : {}),
  };
}

/** The number of lines of the file before its MDX body (Astro's body starts past blank lines). */
function linesBeforeBody(file: string, body: string): number {
  const text = readFileSync(file, 'utf8');
  const at = body ? text.lastIndexOf(body) : -1;
  if (at >= 0) return text.slice(0, at).split('\n').length - 1;
  const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? match[0].split('\n').length - 1 : 0;
}

/** getStaticPaths of the pages that exist once per published year. */
export async function yearPaths() {
  return (await loadSite()).map((site) => ({
    params: { year: String(site.year) },
    props: { site },
  }));
}
