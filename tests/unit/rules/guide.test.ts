/** The editors' guide lists every rule as the rules describe themselves (`npm run docs:rules`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RULES } from '../../../src/rules/index.ts';
import { README, rulesList, withRulesList } from '../../../scripts/lib/rules-doc.ts';
import { PROJECT_ROOT } from '../content-2017.ts';
import { ruleFixtures } from '../../support/rule-fixtures.ts';

test('the guide’s list of rules is the rules’ own, and up to date', () => {
  const readme = readFileSync(join(PROJECT_ROOT, README), 'utf8');
  expect(withRulesList(readme, rulesList(RULES))).toBe(readme);
  for (const rule of RULES) expect(readme).toContain(`- \`${rule.id}\``);
});

test('every rule is a module of src/rules/ named by its id', () => {
  for (const rule of RULES) {
    const source = readFileSync(join(PROJECT_ROOT, 'src/rules', `${rule.id}.ts`), 'utf8');
    expect(source).toContain(`'${rule.id}'`);
  }
});

test('every message the guide quotes is the check’s own, word for word, from a rule fixture', () => {
  const readme = readFileSync(join(PROJECT_ROOT, README), 'utf8');
  const quoted = readme
    .split('\n')
    .filter((line) => /^ {2}content\/\S+ › /.test(line))
    .map((line) => `- ${line.trim()}`);
  expect(quoted.length).toBeGreaterThanOrEqual(8);
  const outputs = ruleFixtures()
    .map((fixture) => readFileSync(join(fixture.folder, 'expected.txt'), 'utf8'))
    .join('\n')
    .split('\n');
  expect(quoted.filter((line) => !outputs.includes(line))).toEqual([]);
});
