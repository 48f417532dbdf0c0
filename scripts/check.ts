/**
 * Checks all content before anything is built: every file against its schema, every reference
 * between files, the chapters' MDX (it must compile, and nothing in it may run as script), and the
 * KPI values across years. Prints every problem in one run, with file, line, field, what was found,
 * what was expected and how to fix it; exits 1 if there is any. `npm run check`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { readYear } from './lib/read-content.ts';
import { lineOfPath } from './lib/locate.ts';
import { checkSeals, readSeals, SEALS_FILE } from './lib/seals.ts';
import { checkYear } from '../src/data/integrity.ts';
import { checkPhotoFiles } from '../src/data/photo-check.ts';
import { checkAcrossYears } from '../src/data/kpi-history.ts';
import { unsafeConstructs } from '../src/data/mdx-body.ts';
import { formatProblem, type ContentProblem } from '../src/data/problems.ts';
import type { YearContent } from '../src/data/year-content.ts';

const root = process.cwd();
const contentDir = join(root, 'content');
const problems: ContentProblem[] = [];

const folders = existsSync(contentDir)
  ? readdirSync(contentDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  : [];
for (const name of folders.filter((name) => !/^\d{4}$/.test(name))) {
  problems.push({
    file: `content/${name}`,
    field: '(folder)',
    message: `A year folder is named by its year, like content/2018/; "${name}" is not a year. Rename or remove it.`,
  });
}

const years: YearContent[] = [];
for (const year of folders
  .filter((name) => /^\d{4}$/.test(name))
  .map(Number)
  .sort()) {
  const read = readYear(root, year);
  problems.push(...read.problems);
  const unreadable = new Set(read.content.unreadable);
  for (const [dir, entries] of [
    ['chapters', read.content.chapters],
    ['cases', read.content.cases],
  ] as const) {
    for (const entry of entries) {
      const found = mdxProblems(entry.file, entry.body ?? '', entry.bodyStartLine ?? 0);
      problems.push(...found.problems);
      // The tags of a body that does not compile cannot be trusted to be all there.
      if (!found.compiles) unreadable.add(`${dir}/${entry.id}`);
    }
  }
  years.push({ ...read.content, unreadable });
}
// A photo's picture must exist (a typo would publish a broken image) and stay within the limits.
problems.push(...(await checkPhotoFiles(root, years)));

// Cross-file checks run on every year too: those that depend on a file that could not be read stand
// aside (see YearContent.unreadable), so one run reports every problem it can be sure of.
for (const content of years) problems.push(...checkYear(content));
problems.push(...checkAcrossYears(years));

// Published years must keep the files they were published with (content/published.json).
try {
  const published = years.filter((c) => c.report && !c.report.data.draft).map((c) => c.year);
  problems.push(...checkSeals(root, readSeals(root), published));
} catch (error) {
  problems.push({
    file: SEALS_FILE,
    field: '(file)',
    message: `The file cannot be read (${(error as Error).message}). It is written by npm run seal; restore it (git checkout main -- ${SEALS_FILE}).`,
  });
}

if (problems.length > 0) {
  problems.forEach((problem, i) => (problems[i] = located(problem)));
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(
    `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:\n`,
  );
  for (const problem of problems) console.error(`- ${formatProblem(problem)}`);
  console.error(
    '\nFix them and run `npm run check` again. content/README.md explains every field.',
  );
  process.exitCode = 1;
} else {
  for (const content of years) {
    const kpis = content.kpis?.data.groups.reduce((sum, g) => sum + g.rows.length, 0) ?? 0;
    const draft = content.report?.data.draft ? ' (draft)' : '';
    console.log(
      `content/${content.year}${draft}: ${content.chapters.length} chapters, ${content.cases.length} cases, ${kpis} KPIs: OK`,
    );
  }
  if (years.length === 0) {
    console.error('There is no year in content/ (expected a folder like content/2017/).');
    process.exitCode = 1;
  }
}

/** MDX that does not compile, or that could run as script on the page. */
function mdxProblems(
  file: string,
  body: string,
  offset: number,
): { problems: ContentProblem[]; compiles: boolean } {
  const found: ContentProblem[] = unsafeConstructs(body).map(({ line, message }) => ({
    file,
    field: 'body',
    line: line + offset,
    message,
  }));
  try {
    mdxToJs(body);
    return { problems: found, compiles: true };
  } catch (error) {
    const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec((error as Error).message);
    found.push({
      file,
      field: 'body',
      ...(match ? { line: Number(match[1]) + offset } : {}),
      message: `The text does not compile as MDX: ${match ? match[3] : (error as Error).message}. A "<" or "{" in plain text must be written as &lt; or &#123;.`,
    });
    return { problems: found, compiles: false };
  }
}

/** Adds the line of the field where a check found a problem but not its place in the file. */
function located(problem: ContentProblem): ContentProblem {
  if (
    problem.line ||
    problem.field === 'body' ||
    !/^[\w[\]."-]+$/.test(problem.field) ||
    problem.field.includes('[]')
  )
    return problem;
  const file = join(root, problem.file);
  if (!existsSync(file)) return problem;
  const text = readFileSync(file, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const path = problem.field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) && !/^\d{4}$/.test(part) ? Number(part) : part));
  const line = file.endsWith('.mdx')
    ? frontmatter
      ? lineOfPath(frontmatter[1] ?? '', path, 2)
      : undefined
    : lineOfPath(text, path);
  return line ? { ...problem, line } : problem;
}
