/**
 * A declared unit change on the indicator's page (rule fixture kpi-unit-change/good-unit-change-
 * declared, built with the real src/): the declaration is shown, each value keeps its own unit,
 * and no change is computed or drawn across the two units.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parseHtml, readableText } from '../../../scripts/lib/html.ts';
import { FIXTURES, astro, fixtureProject, removeFolder, run } from '../../support/fixture-site.ts';
import { projectOf, ruleFixtures } from '../../support/rule-fixtures.ts';

const fixture = ruleFixtures().find(
  (f) => f.rule === 'kpi-unit-change' && f.name === 'good-unit-change-declared',
)!;
let root = '';
const text = (path: string) =>
  readableText(parseHtml(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8')));

beforeAll(() => {
  root = fixtureProject(projectOf(fixture, FIXTURES));
  const result = run(astro('build', '--root', root), { cwd: root });
  if (result.status !== 0) throw new Error(result.output);
});
afterAll(() => removeFolder(root));

test('the indicator page shows the declaration and each value in its own unit', () => {
  const page = text('2018/kpis/office-power');
  expect(page).toContain(
    '《2018 降碳报告》起单位由“万千瓦时”改为“千瓦时”：自 2018 年起按千瓦时统计。',
  );
  expect(page).toContain('370 万千瓦时');
  expect(page).toContain(
    '2017 年的数值（370 万千瓦时）以“万千瓦时”发布，与其他年份的“千瓦时”单位不同，未画入图中。',
  );
});

test('no change is computed across the two units', () => {
  // 2017 had its change (300 → 370 万千瓦时); 2018's value has no comparable year before.
  expect(text('2017/kpis')).toContain('办公用电量 370 万千瓦时 +23.3%');
  expect(text('2018/kpis')).toContain(
    '办公用电量 注 （有编者注） 3,710,000 千瓦时 — 无可比的上年数值',
  );
});
