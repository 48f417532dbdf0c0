import { expect, test } from 'vitest';
import { CHAPTER_PLACEHOLDER, SECTION_PLACEHOLDER } from '../../../scripts/lib/scaffold-year.ts';
import { formatProblem } from '../../../src/data/content/problems.ts';
import { SCAFFOLD_PLACEHOLDER } from '../../../src/rules/finished-year.ts';
import { slugify } from '../../../src/rules/file-name.ts';
import { sortProblems } from '../../../src/rules/lib/run.ts';
import { copyYear, problemsOf, realYear } from '../content-2017.ts';

test('the real 2017 content passes every rule', async () => {
  expect(await problemsOf([realYear()])).toEqual([]);
});

test('2017’s negative changes pass; a negative amount does not, unless the row allows it', async () => {
  const content = copyYear();
  const row = content.kpis!.data.groups[0]!.rows[0]!;
  row.values['2017'] = -1.9;
  const found = async () => (await problemsOf([content])).map((p) => p.rule);
  expect(await found()).toEqual(['kpi-value-range']);
  row.range = 'may-be-negative';
  expect(await found()).toEqual([]);
});

test('the finished-year rule knows the placeholders the new-year scaffold writes', () => {
  for (const placeholder of [SECTION_PLACEHOLDER, CHAPTER_PLACEHOLDER])
    expect(placeholder.match(SCAFFOLD_PLACEHOLDER)).toEqual([placeholder]);
});

test.each([
  ['Water Saving', 'water-saving'],
  ['Green_Office 2018', 'green-office-2018'],
  ['节能案例', ''],
  ['ChinaAlu', 'chinaalu'],
])('slugify(%s) = %s', (name, slug) => {
  expect(slugify(name)).toBe(slug);
});

test('problems are sorted by file, then line, a whole-file problem first; each names its rule', () => {
  const sorted = sortProblems([
    { file: 'content/2017/b.json', field: 'x', line: 9, message: 'c', rule: 'r' },
    { file: 'content/2017/b.json', field: 'x', line: 2, message: 'b', rule: 'r' },
    { file: 'content/2017/b.json', field: '(file)', message: 'a', rule: 'r' },
    { file: 'content/2017/a.json', field: 'x', line: 5, message: 'z' },
  ]);
  expect(sorted.map(formatProblem)).toEqual([
    'content/2017/a.json:5 › x：z',
    'content/2017/b.json › (file)：a [r]',
    'content/2017/b.json:2 › x：b [r]',
    'content/2017/b.json:9 › x：c [r]',
  ]);
});
