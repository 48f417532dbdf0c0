/**
 * The content rules' fixtures: tests/fixtures/rules/base is a valid year; each folder
 * tests/fixtures/rules/<rule-id>/<case>/ holds the file(s) of one case laid over the base, and
 * expected.txt, the exact output of `npm run check` an editor reads. A bad case's output names its
 * rule; a good case (named good-…) is content the rule must accept.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root.ts';

export { PROJECT_ROOT };

export const RULE_FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/rules');

export interface RuleFixture {
  rule: string;
  name: string;
  /** The folder holding the case's content/ and expected.txt. */
  folder: string;
  good: boolean;
}

export function ruleFixtures(): RuleFixture[] {
  return readdirSync(RULE_FIXTURES)
    .filter((rule) => rule !== 'base')
    .sort()
    .flatMap((rule) =>
      readdirSync(join(RULE_FIXTURES, rule))
        .sort()
        .map((name) => ({
          rule,
          name,
          folder: join(RULE_FIXTURES, rule, name),
          good: name.startsWith('good-'),
        })),
    );
}

/** A project folder in the system's temporary folder: the base year with the case laid over it. */
export function projectOf(fixture: RuleFixture | undefined, parent = tmpdir()): string {
  const root = mkdtempSync(join(parent, 'rule-fixture-'));
  cpSync(join(RULE_FIXTURES, 'base'), root, { recursive: true });
  if (fixture && existsSync(join(fixture.folder, 'content')))
    cpSync(join(fixture.folder, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
