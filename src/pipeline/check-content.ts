/**
 * The content, read and checked: every rule of src/rules/ over what the one reader read. The
 * check (`npm run check`), the site's content loader (build and dev server) and `npm run seal`
 * all call this, so they report the same problems with the same rule ids and messages.
 */
import { isWarning, type ContentProblem } from '../data/content/problems.ts';
import { RULES } from '../rules/index.ts';
import { runRules, sortProblems } from '../rules/lib/run.ts';
import { locateField } from './locate.ts';
import { readContent, type ReadOptions } from './read-content.ts';
import type { YearContent } from '../data/content/year-content.ts';

export interface CheckedContent {
  years: YearContent[];
  /** Everything that stops the check and the build, sorted by file and line. */
  problems: ContentProblem[];
  /**
   * The problems of draft years: what is left to do before the year can be finished and sealed.
   * A draft publishes nothing, so they stop neither the check nor the build (a year's entries can
   * be merged one pull request at a time); `npm run seal` refuses while its year has any.
   */
  pending: ContentProblem[];
  /** What is possible but worth a second look: printed, counted, never blocking. */
  warnings: ContentProblem[];
}

export async function checkContent(
  root: string,
  options: ReadOptions = {},
): Promise<CheckedContent> {
  const read = readContent(root, options);
  const found = await runRules(RULES, read);
  const texts = new Map(read.sources.map((s) => [s.file, s]));
  // One problem found by two routes (a reader and a file rule) is told once.
  const unique = [
    ...new Map(found.map((p) => [`${p.file}|${p.line}|${p.field}|${p.message}`, p])).values(),
  ].map((p) => locateField(p, texts.get(p.file)));
  const sorted = sortProblems(unique);
  const drafts = read.years.filter((y) => y.report?.data.draft).map((y) => `content/${y.year}/`);
  const inDraft = (p: ContentProblem) => drafts.some((folder) => p.file.startsWith(folder));
  const errors = sorted.filter((p) => !isWarning(p));
  return {
    years: read.years,
    problems: errors.filter((p) => !inDraft(p)),
    pending: errors.filter(inDraft),
    warnings: sorted.filter(isWarning),
  };
}
