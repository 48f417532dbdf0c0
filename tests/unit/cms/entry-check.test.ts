/**
 * The CMS's check of an entry before saving (src/cms/entry-check.ts) says what `npm run check`
 * says: over every rule fixture, each problem it finds is word for word a line of the fixture's
 * pinned check output; over every file of 2017 it finds nothing.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkEntry } from '../../../src/cms/entry-check.ts';
import { formatProblem } from '../../../src/data/content/problems.ts';
import { kindOfPath } from '../../../src/schemas/content-kinds.ts';
import { PROJECT_ROOT, ruleFixtures } from '../../support/rule-fixtures.ts';

/** Each JSON or MDX file below `root`/content with its data, as the CMS would hold it. */
function entriesOf(root: string) {
  const dir = join(root, 'content');
  return globSync('**', { cwd: dir, dot: true }).flatMap((name) => {
    const file = relative(root, join(dir, name)).replaceAll('\\', '/');
    const match = /^content\/(\d{4})\/(.+)$/.exec(file);
    const kind = match && kindOfPath(match[2]!);
    if (!match || !kind) return [];
    try {
      const text = readFileSync(join(root, file), 'utf8').replace(/^\uFEFF/, '');
      // An empty file, or a number too large to store, is not an entry the CMS can open.
      if (text.trim() === '' || /\de\d{3}/.test(text)) return [];
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      const data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(front ?? '');
      return [{ kind, year: Number(match[1]), file, data }];
    } catch {
      return []; // a file the CMS could not open either (syntax, encoding)
    }
  });
}

const withoutLine = (line: string) => line.replace(/^- (content\/\S+?):\d+ ›/, '- $1 ›');

describe('every problem the CMS finds in a fixture is one the check prints', () => {
  const fixtures = ruleFixtures();
  test.each(fixtures.map((f) => [`${f.rule}/${f.name}`, f] as const))('%s', (_, fixture) => {
    const expected = readFileSync(join(fixture.folder, 'expected.txt'), 'utf8')
      .split('\n')
      .map(withoutLine);
    const found = entriesOf(fixture.folder).flatMap((entry) => checkEntry(entry));
    for (const problem of found) expect(expected).toContain(`- ${formatProblem(problem)}`);
  });

  test.each([
    ['kpi-value-range/kpi-value-impossible', 2],
    ['schema/title-too-long', 1],
    ['schema/unknown-field', 1],
    ['schema/wrong-type', 1],
    ['placeholder-text/ellipsis-as-organisation', 1],
    ['kpi-years/kpi-year-after-report', 1],
  ])('%s: the CMS stops the entry (%i problems)', (name, count) => {
    const fixture = fixtures.find((f) => `${f.rule}/${f.name}` === name);
    expect(fixture, name).toBeDefined();
    const found = entriesOf(fixture!.folder).flatMap((entry) => checkEntry(entry));
    expect(found).toHaveLength(count);
  });
});

test('no 2017 file of the report is refused', () => {
  const entries = entriesOf(PROJECT_ROOT).filter((e) => e.year === 2017);
  expect(entries.length).toBeGreaterThan(20);
  expect(entries.flatMap((entry) => checkEntry(entry)).map(formatProblem)).toEqual([]);
});
