/**
 * `npm run check` on every rule's fixtures (tests/support/rule-fixtures.ts): the exact output an
 * editor reads, and a bad and a good case for every rule. UPDATE_FIXTURES=1 writes the outputs
 * instead, for review in the diff.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { RULES } from '../../../src/rules/index.ts';
import {
  PROJECT_ROOT,
  projectOf,
  ruleFixtures,
  type RuleFixture,
} from '../../support/rule-fixtures.ts';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function check(fixture?: RuleFixture) {
  const root = projectOf(fixture);
  temporary.push(root);
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const fixtures = ruleFixtures();

test('the valid base year passes', () => {
  expect(check()).toEqual({
    status: 0,
    output: 'content/2017：1 章，1 个案例，2 项指标：通过\n',
  });
});

test('every rule has a folder of fixtures with a bad case that names it and a good case', () => {
  const without = RULES.flatMap((rule) => {
    const own = fixtures.filter((f) => f.rule === rule.id);
    const named = (f: RuleFixture) =>
      readFileSync(join(f.folder, 'expected.txt'), 'utf8').includes(` [${rule.id}]\n`);
    const bad = own.some((f) => !f.good && named(f));
    const good = own.some((f) => f.good && !named(f));
    return bad && good
      ? []
      : [`${rule.id}${bad ? '' : ' (no bad case)'}${good ? '' : ' (no good case)'}`];
  });
  expect(without).toEqual([]);
  const unknown = [...new Set(fixtures.map((f) => f.rule))].filter(
    (id) => !RULES.some((rule) => rule.id === id),
  );
  expect(unknown).toEqual([]);
});

test.each(fixtures.map((f) => [`${f.rule}/${f.name}`, f] as const))(
  '%s: gives the exact output',
  (_name, fixture) => {
    const file = join(fixture.folder, 'expected.txt');
    const { status, output } = check(fixture);
    if (process.env['UPDATE_FIXTURES']) writeFileSync(file, output);
    const expected = readFileSync(file, 'utf8');
    expect(output).toBe(expected);
    expect(status).toBe(expected.startsWith('内容有') ? 1 : 0);
  },
);
