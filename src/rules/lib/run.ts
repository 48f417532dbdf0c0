import type { ContentProblem } from '../../data/content/problems.ts';
import type { Rule, RuleContext } from './rule.ts';

/** Runs every rule over the content in one pass; each report carries its rule's id and severity. */
export async function runRules(
  rules: readonly Rule[],
  context: RuleContext,
): Promise<ContentProblem[]> {
  const found = await Promise.all(
    rules.map(async (rule) =>
      (await rule.check(context)).map((report): ContentProblem => ({
        ...report,
        rule: rule.id,
        severity: rule.severity ?? 'error',
      })),
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
