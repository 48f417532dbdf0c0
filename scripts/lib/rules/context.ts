import type { ContentProblem } from '../../../src/data/problems.ts';
import type { Rule, RuleContext } from '../../../src/data/rules/rule.ts';

/** What `npm run check` adds for its own rules: the project root and what reading the files found. */
export interface CheckContext extends RuleContext {
  root: string;
  /** Problems found while reading the files (frontmatter YAML, schemas), tagged with their rule. */
  read: readonly ContentProblem[];
}

export type CheckRule = Rule<CheckContext>;

/** A rule whose problems are found while the files are read (scripts/lib/read-content.ts). */
export const foundWhileReading = (id: string, description: string): CheckRule => ({
  id,
  description,
  check: ({ read }) => read.filter((problem) => problem.rule === id),
});
