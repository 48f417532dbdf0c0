/**
 * A project folder with N report years for the scaling benchmark, made from the real content: the
 * project's content/ copied as it is, and its first year cloned as every following year with the
 * year fields rewritten (report year, title, period; the KPI table's year columns, each later year
 * repeating the first year's figures so that no report contradicts another). The pages are built
 * with the real src/ through tests/fixtures/astro.fixture.mjs, as the test fixtures are. It never
 * touches content/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { existingYears } from './scaffold-year.ts';

interface Report {
  year: number;
  title: string;
  period: { start: string; end: string };
  [field: string]: unknown;
}
interface KpiTable {
  years: number[];
  groups: { rows: Record<string, unknown>[] }[];
  [field: string]: unknown;
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const writeJson = (file: string, data: unknown) =>
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);

/** The report of `year`, cloned from the first year's. */
function cloneReport(report: Report, year: number): Report {
  return {
    ...report,
    year,
    title: report.title.replaceAll(String(report.year), String(year)),
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
  };
}

/** A row field keyed by year (values, asPublished, measureByYear…). */
const isByYear = (field: unknown): field is Record<string, unknown> =>
  typeof field === 'object' &&
  field !== null &&
  !Array.isArray(field) &&
  Object.keys(field).length > 0 &&
  Object.keys(field).every((key) => /^\d{4}$/.test(key));

/**
 * The KPI table of `year`: as many columns as the first year's, ending with `year`; a column after
 * the first year repeats the first year's entry, so every later report agrees with the earlier ones.
 */
function cloneKpis(kpis: KpiTable, first: number, year: number): KpiTable {
  const years = kpis.years.map((column) => column + year - first);
  const shift = (byYear: Record<string, unknown>) =>
    Object.fromEntries(
      years
        .map((column) => [String(column), byYear[String(Math.min(column, first))]] as const)
        .filter(([, entry]) => entry !== undefined),
    );
  return {
    ...kpis,
    years,
    groups: kpis.groups.map((group) => ({
      ...group,
      rows: group.rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([name, field]) => [
            name,
            isByYear(field) ? shift(field) : field,
          ]),
        ),
      ),
    })),
  };
}

/**
 * Writes a project of `count` years into `folder` (emptied first) from the project at `project`,
 * and returns the years.
 */
export function makeSyntheticProject(project: string, folder: string, count: number): number[] {
  const first = existingYears(project)?.[0];
  if (first === undefined) throw new Error(`bench: ${project}/content/ has no year folder.`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(join(project, 'content'), join(folder, 'content'), {
    recursive: true,
    filter: (path) =>
      !/^\d{4}$/.test(relative(join(project, 'content'), path).split('/')[0]!) ||
      relative(join(project, 'content'), path).startsWith(String(first)),
  });
  const source = join(project, 'content', String(first));
  const years = Array.from({ length: count }, (_, i) => first + i);
  for (const year of years.slice(1)) {
    const target = join(folder, 'content', String(year));
    cpSync(source, target, { recursive: true });
    writeJson(
      join(target, 'report.json'),
      cloneReport(readJson(join(source, 'report.json')), year),
    );
    writeJson(
      join(target, 'kpis.json'),
      cloneKpis(readJson(join(source, 'kpis.json')), first, year),
    );
  }
  // Each later year is sealed as a published year would be, so that the content check passes.
  for (const year of years.slice(1))
    execFileSync(process.execPath, [join(project, 'scripts/seal.ts'), String(year)], {
      cwd: folder,
      stdio: 'ignore',
    });
  const fixtureConfig = join(project, 'tests/fixtures/astro.fixture.mjs');
  writeFileSync(
    join(folder, 'astro.config.mjs'),
    `import { fixtureConfig } from ${JSON.stringify(fixtureConfig)};\n\nexport default fixtureConfig(import.meta.url);\n`,
  );
  return years;
}
