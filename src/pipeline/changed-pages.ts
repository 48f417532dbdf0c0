/**
 * The site's pages and PDFs whose content a change touches, with their addresses, derived from the
 * same functions the site builds them with (src/data/load/paths.ts, src/data/publish/pdfs.ts): a chapter's page
 * and PDF, the pillar pages that gather its sections, cases and indicators, the cases index, the
 * KPI overview and indicator pages, the cover, and the whole report's PDF.
 */
import type { YearContent } from '../data/content/year-content.ts';
import { paths } from '../data/load/paths.ts';
import { pdfTargets } from '../data/publish/pdfs.ts';
import type { EntryChange } from './content-diff.ts';
import type { KpiFigureChange } from './kpi-diff.ts';

export interface SiteAddress {
  /** What the page or PDF is, as a reader would name it. */
  label: string;
  /** Its address on the site (under the site's base), e.g. /2017/operations/. */
  path: string;
}

/** The chapters whose text places a tag (<KpiTable />, <Honours />, …). */
const chaptersWithTag = (y: YearContent, tags: readonly string[]) =>
  y.chapters.filter((c) => c.document?.tags.some((t) => tags.includes(t.name))).map((c) => c.id);

export function changedAddresses(
  year: number,
  before: YearContent | undefined,
  after: YearContent | undefined,
  entries: readonly EntryChange[],
  kpis: readonly KpiFigureChange[],
  stateChanged: boolean,
): { pages: SiteAddress[]; pdfs: SiteAddress[] } {
  // The year as it will be; a year that is removed, as it was.
  const y = after ?? before;
  if (!y?.report) return { pages: [], pdfs: [] };
  const everything = stateChanged || !before || !after;
  const chapters = new Set<string>();
  const pillars = new Set<string>();
  const kpiPages = new Set<string>();
  let cover = everything;
  let cases = everything;
  const pillarsOf = (chapter: string) => {
    const c = [...y.chapters, ...(before?.chapters ?? [])].find((x) => x.id === chapter);
    c?.data.sections.forEach((s) => s.pillars.forEach((p) => pillars.add(p)));
  };
  for (const e of entries) {
    if (e.chapter) chapters.add(e.chapter);
    if (e.kind === 'chapter') pillarsOf(e.id);
    if (e.kind === 'case') {
      cases = true;
      const c = [...y.cases, ...(before?.cases ?? [])].find((x) => x.id === e.id);
      c?.data.pillars.forEach((p) => pillars.add(p));
    }
    if (e.kind === 'report') cover = true;
    if (e.kind === 'honour') chaptersWithTag(y, ['Honours']).forEach((c) => chapters.add(c));
    if (e.kind === 'pillars') {
      chaptersWithTag(y, ['PillarModel', 'PillarInitiatives']).forEach((c) => chapters.add(c));
      y.pillars?.data.pillars.forEach((p) => pillars.add(p.id));
    }
  }
  const rows = new Map((y.kpis?.data.groups ?? []).flatMap((g) => g.rows).map((r) => [r.id, r]));
  for (const k of kpis) {
    kpiPages.add(k.kpi);
    rows.get(k.kpi)?.pillars.forEach((p) => pillars.add(p));
  }
  if (kpis.length > 0) chaptersWithTag(y, ['KpiTable']).forEach((c) => chapters.add(c));

  const report = y.report.data;
  const present = new Map(y.chapters.map((c) => [c.id, c]));
  const targets = pdfTargets(
    {
      year,
      organisation: report.organisation,
      reportTitle: report.title,
      chapters: report.chapters
        .filter((slug) => present.has(slug))
        .map((slug) => ({ slug, title: present.get(slug)!.data.title })),
      pillars: (y.pillars?.data.pillars ?? []).map(({ id, name }) => ({ id, name })),
    },
    paths,
  );
  const pillarName = new Map((y.pillars?.data.pillars ?? []).map((p) => [p.id, p.name]));
  const inOrder = report.chapters.filter((c) => everything || chapters.has(c));
  const pillarList = [...pillarName.keys()].filter((p) => everything || pillars.has(p));

  const pages: SiteAddress[] = [
    ...(cover ? [{ label: `封面 ${report.title}`, path: paths.year(year) }] : []),
    ...inOrder.map((c) => ({
      label: present.get(c)?.data.title ?? c,
      path: paths.chapter(year, c),
    })),
    ...pillarList.map((p) => ({ label: pillarName.get(p) ?? p, path: paths.pillar(year, p) })),
    ...(cases ? [{ label: '案例一览', path: paths.cases(year) }] : []),
    ...(kpiPages.size > 0 || everything ? [{ label: '降碳绩效总览', path: paths.kpis(year) }] : []),
    ...[...kpiPages].map((k) => ({ label: rows.get(k)?.name ?? k, path: paths.kpi(year, k) })),
  ];
  const touched = pages.length > 0;
  const pdfLabel = (kind: string, page: string) =>
    kind === 'report' ? '报告全文' : (pages.find((p) => p.path === page)?.label ?? page);
  const pdfs = targets
    .filter((t) =>
      t.kind === 'report'
        ? touched
        : t.kind === 'chapter'
          ? inOrder.some((c) => t.page === paths.chapter(year, c))
          : pillarList.some((p) => t.page === paths.pillar(year, p)),
    )
    .map((t) => ({ label: pdfLabel(t.kind, t.page), path: paths.pdf(year, t.file) }));
  return { pages, pdfs };
}
