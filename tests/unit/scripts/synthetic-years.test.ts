/**
 * The scaling benchmark's synthetic projects (scripts/lib/synthetic-years.ts): later years cloned
 * from the first with their year fields rewritten, consistent with each other, sealed, and passing
 * the editors' content check, without touching the project's own content/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeSyntheticProject } from '../../../scripts/lib/synthetic-years.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(PROJECT, 'tests/fixtures');
let root = '';
let years: number[] = [];
const json = (path: string) => JSON.parse(readFileSync(join(root, 'content', path), 'utf8'));

beforeAll(() => {
  root = mkdtempSync(join(FIXTURES, '.work-synthetic-'));
  years = makeSyntheticProject(PROJECT, root, 3);
  // Sealing runs the seal command per year: a limit for a busy machine, not a measure.
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the first year is copied as it is, and the next years follow it', () => {
  expect(years).toEqual([2017, 2018, 2019]);
  expect(readdirSync(join(root, 'content')).filter((name) => /^\d{4}$/.test(name))).toEqual([
    '2017',
    '2018',
    '2019',
  ]);
  expect(readFileSync(join(root, 'content/2017/report.json'), 'utf8')).toBe(
    readFileSync(join(PROJECT, 'content/2017/report.json'), 'utf8'),
  );
});

test("a later year's report and KPI table carry its own year", () => {
  const report = json('2019/report.json');
  expect(report.year).toBe(2019);
  expect(report.title).toBe('2019 降碳报告');
  expect(report.period).toEqual({ start: '2019-01-01', end: '2019-12-31' });
  const kpis = json('2019/kpis.json');
  expect(kpis.years).toEqual([2017, 2018, 2019]);
  const first = json('2017/kpis.json').groups[0].rows[0];
  const later = kpis.groups[0].rows[0];
  expect(later.values).toEqual({
    '2017': first.values['2017'],
    '2018': first.values['2017'],
    '2019': first.values['2017'],
  });
});

test('the project passes the content check, every year sealed', () => {
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/check.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(result.stdout + result.stderr).toContain('content/2019：8 章');
  expect(result.status).toBe(0);
  expect(Object.keys(json('published.json'))).toEqual(['2017', '2018', '2019']);
});
