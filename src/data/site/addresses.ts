import { underBase } from './base-path.ts';

/** Every URL of the site under a base ("/" or "/reports/carbon/"): years are part of every permanent address. */
export function siteAddresses(base: string) {
  /** Any path of the site ("/2017/"), as served under the base: every internal URL goes through it. */
  const sitePath = (path: string) => underBase(base, path);
  const paths = {
    year: (year: number) => sitePath(`/${year}/`),
    chapter: (year: number, chapter: string) => sitePath(`/${year}/${chapter}/`),
    section: (year: number, chapter: string, anchor: string) =>
      sitePath(`/${year}/${chapter}/#${anchor}`),
    caseInChapter: (year: number, chapter: string, caseId: string) =>
      sitePath(`/${year}/${chapter}/#${caseAnchor(caseId)}`),
    pillar: (year: number, pillar: string) => sitePath(`/${year}/pillars/${pillar}/`),
    cases: (year: number) => sitePath(`/${year}/cases/`),
    print: (year: number) => sitePath(`/${year}/print/`),
    search: (year: number) => sitePath(`/${year}/search/`),
    kpis: (year: number) => sitePath(`/${year}/kpis/`),
    /** An indicator's own page. */
    kpi: (year: number, kpiId: string) => sitePath(`/${year}/kpis/${kpiId}/`),
    /** An indicator's row in the overview. */
    kpiRow: (year: number, kpiId: string) => sitePath(`/${year}/kpis/#${kpiAnchor(kpiId)}`),
    kpiData: (year: number, format: 'csv' | 'json') =>
      sitePath(`/${year}/kpis/${kpiDataFile(year, format)}`),
    kpiOwnData: (year: number, kpiId: string, format: 'csv' | 'json') =>
      sitePath(`/${year}/kpis/${kpiId}/${kpiOwnDataFile(year, kpiId, format)}`),
    pdf: (year: number, file: string) => sitePath(`/pdf/${year}/${file}`),
  };
  return { sitePath, paths };
}

/** The site's URLs under one base: what pure functions that link pages are handed. */
export type SitePaths = ReturnType<typeof siteAddresses>['paths'];

export const caseAnchor = (caseId: string) => `case-${caseId}`;
export const kpiAnchor = (kpiId: string) => `kpi-${kpiId}`;

/** File names a person understands: the report, the year, the table. */
export const kpiDataFile = (year: number, format: 'csv' | 'json') =>
  `chinalco-${year}-carbon-kpis.${format}`;

/** One indicator's data: the table's name with the indicator's id. */
export const kpiOwnDataFile = (year: number, kpiId: string, format: 'csv' | 'json') =>
  `chinalco-${year}-carbon-kpi-${kpiId}.${format}`;
