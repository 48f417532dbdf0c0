import { underBase } from '../site/base-path.ts';

/**
 * The site's base, from Astro's `base` (BASE_PATH). Outside a site build (editors' scripts,
 * unit tests) there is none and it is the root.
 */
// Spelt out in full: Vite replaces `import.meta.env.BASE_URL` as written, not `import.meta.env?.…`.
const BASE: string = (import.meta.env && import.meta.env.BASE_URL) || '/';

/** Any path of the site ("/2017/"), as served under the base: every internal URL goes through it. */
export const sitePath = (path: string) => underBase(BASE, path);

/** Every URL of the site in one place: years are part of every permanent address. */
export const paths = {
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

export const caseAnchor = (caseId: string) => `case-${caseId}`;
export const kpiAnchor = (kpiId: string) => `kpi-${kpiId}`;

/** File names a person understands: the report, the year, the table. */
export const kpiDataFile = (year: number, format: 'csv' | 'json') =>
  `chinalco-${year}-carbon-kpis.${format}`;

/** One indicator's data: the table's name with the indicator's id. */
export const kpiOwnDataFile = (year: number, kpiId: string, format: 'csv' | 'json') =>
  `chinalco-${year}-carbon-kpi-${kpiId}.${format}`;
