/** The rules of the content check: their shape, their fixtures, and their list in the editors' guide. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ALL_RULES, BUILD_RULES } from '../../../scripts/lib/rules/index.ts';
import { README, rulesList, withRulesList } from '../../../scripts/lib/rules-doc.ts';
import { PROJECT_ROOT } from '../content-2017.ts';

test('every rule has a unique kebab-case id and one sentence', () => {
  const ids = ALL_RULES.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of ALL_RULES) {
    expect(rule.id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
    expect(rule.description).toMatch(/^[A-Z][^\n]*\.$/);
  }
});

test('every rule has a fixture that pins its message', () => {
  const fixtures = join(PROJECT_ROOT, 'tests/fixtures/check');
  const pinned = readdirSync(fixtures)
    .filter((name) => name !== 'base')
    .flatMap((name) => {
      try {
        return [readFileSync(join(fixtures, name, 'expected.txt'), 'utf8')];
      } catch {
        return [];
      }
    })
    .join('\n');
  const missing = ALL_RULES.map((rule) => rule.id).filter((id) => !pinned.includes(` [${id}]\n`));
  expect(missing).toEqual([]);
});

test('the editors’ guide lists every rule as the rules describe themselves (npm run docs:rules)', () => {
  const readme = readFileSync(join(PROJECT_ROOT, README), 'utf8');
  const list = rulesList(ALL_RULES, new Set(BUILD_RULES.map((rule) => rule.id)));
  expect(withRulesList(readme, list)).toBe(readme);
});
