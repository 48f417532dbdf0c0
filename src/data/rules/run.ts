import type { ContentProblem } from '../problems.ts';
import type { AsyncRule, FileReadingContext, Rule, RuleContext } from './rule.ts';

/** Runs every rule over the content in one pass; each report carries its rule's id. */
export function runRules<C extends RuleContext>(
  rules: readonly Rule<C>[],
  context: C,
): ContentProblem[] {
  return sortProblems(
    rules.flatMap((rule) => rule.check(context).map((report) => ({ ...report, rule: rule.id }))),
  );
}

/** Runs the rules that read files; each report carries its rule's id. */
export async function runAsyncRules(
  rules: readonly AsyncRule[],
  context: FileReadingContext,
): Promise<ContentProblem[]> {
  const found = await Promise.all(
    rules.map(async (rule) =>
      (await rule.check(context)).map((report) => ({ ...report, rule: rule.id })),
    ),
  );
  return sortProblems(found.flat());
}

/** By file, then by line (a problem of the whole file first); otherwise in the order found. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}
