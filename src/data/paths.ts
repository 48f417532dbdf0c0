/** Every URL of the site in one place: years are part of every permanent address. */
export const paths = {
  year: (year: number) => `/${year}/`,
  chapter: (year: number, chapter: string) => `/${year}/${chapter}/`,
  section: (year: number, chapter: string, anchor: string) => `/${year}/${chapter}/#${anchor}`,
  caseInChapter: (year: number, chapter: string, caseId: string) =>
    `/${year}/${chapter}/#${caseAnchor(caseId)}`,
  pillar: (year: number, pillar: string) => `/${year}/pillars/${pillar}/`,
  cases: (year: number) => `/${year}/cases/`,
  print: (year: number) => `/${year}/print/`,
  search: (year: number) => `/${year}/search/`,
  kpis: (year: number) => `/${year}/kpis/`,
  kpi: (year: number, kpiId: string) => `/${year}/kpis/#${kpiAnchor(kpiId)}`,
  kpiData: (year: number, format: 'csv' | 'json') => `/${year}/kpis/${kpiDataFile(year, format)}`,
};

export const caseAnchor = (caseId: string) => `case-${caseId}`;
export const kpiAnchor = (kpiId: string) => `kpi-${kpiId}`;

/** File names a person understands: the report, the year, the table. */
export const kpiDataFile = (year: number, format: 'csv' | 'json') =>
  `chinalco-${year}-carbon-kpis.${format}`;
