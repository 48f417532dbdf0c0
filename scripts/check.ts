/**
 * Checks all content before anything is built: every file against its schema, every reference
 * between files, the chapters' MDX (it must compile, and nothing in it may run as script), and the
 * KPI values across years. Each check is a rule (scripts/lib/rules/, src/data/rules/) with an id
 * that content/README.md lists. Prints every problem in one run, with file, line, field, what was
 * found, what was expected, how to fix it and the rule; exits 1 if there is any. `npm run check`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYear } from './lib/read-content.ts';
import { lineOfPath } from './lib/locate.ts';
import { SYNC_RULES } from './lib/rules/index.ts';
import { compileProblem } from './lib/rules/mdx.ts';
import { YEAR_FOLDER } from './lib/rules/year-folder-name.ts';
import { formatProblem, type ContentProblem } from '../src/data/problems.ts';
import { readSources } from '../src/data/rules/read-sources.ts';
import { FILE_READING_RULES } from '../src/data/rules/index.ts';
import { runAsyncRules, runRules, sortProblems } from '../src/data/rules/run.ts';
import { sourceText } from '../src/data/rules/source-text.ts';
import type { YearContent } from '../src/data/year-content.ts';

const root = process.cwd();
const contentDir = join(root, 'content');
const read: ContentProblem[] = [];

const folders = existsSync(contentDir)
  ? readdirSync(contentDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && YEAR_FOLDER.test(entry.name))
      .map((entry) => Number(entry.name))
      .sort()
  : [];
const years: YearContent[] = folders.map((year) => {
  const result = readYear(root, year);
  read.push(
    ...result.problems.map((problem) => ({
      ...problem,
      rule: problem.rule ?? (problem.field === 'frontmatter' ? 'frontmatter-syntax' : 'schema'),
    })),
  );
  // The tags of a body that does not compile cannot be trusted to be all there: cross-file rules
  // that depend on it stand aside (see YearContent.unreadable).
  const unreadable = new Set(result.content.unreadable);
  for (const [dir, entries] of [
    ['chapters', result.content.chapters],
    ['cases', result.content.cases],
  ] as const) {
    for (const entry of entries) if (compileProblem(entry)) unreadable.add(`${dir}/${entry.id}`);
  }
  return { ...result.content, unreadable };
});

const sources = existsSync(contentDir) ? readSources(root) : [];
// The reader says why a file cannot be read as the rules that run on every file do: say it once.
const found = [
  ...runRules(SYNC_RULES, { root, sources, years, read }),
  ...(await runAsyncRules(FILE_READING_RULES, { root, years })),
];
const problems = sortProblems(
  [...new Map(found.map((p) => [formatProblem(p), p])).values()].map(located),
);

if (problems.length > 0) {
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
  const text = sourceText({ file: problem.file, bytes: readFileSync(file) });
  if (text === undefined) return problem;
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
