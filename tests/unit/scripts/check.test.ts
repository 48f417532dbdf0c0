/**
 * `npm run check` on tiny fixture sites: tests/fixtures/check/base is a valid year; every other
 * folder there holds the file(s) an editor got wrong (or wrote in a way the check must accept),
 * laid over the base, and expected.txt, the exact output the editor reads.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/check');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function check(fixture?: string) {
  const root = mkdtempSync(join(tmpdir(), 'check-'));
  temporary.push(root);
  cpSync(join(FIXTURES, 'base'), root, { recursive: true });
  if (fixture)
    cpSync(join(FIXTURES, fixture, 'content'), join(root, 'content'), { recursive: true });
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('the valid base year passes', () => {
  expect(check()).toEqual({ status: 0, output: 'content/2017: 1 chapters, 1 cases, 2 KPIs: OK\n' });
});

const fixtures = readdirSync(FIXTURES).filter(
  (name) => name !== 'base' && existsSync(join(FIXTURES, name, 'expected.txt')),
);

test('every kind of bad input has a fixture', () => {
  expect(fixtures).toEqual(
    expect.arrayContaining([
      'missing-required-field',
      'wrong-type',
      'number-with-unit',
      'unknown-pillar',
      'unknown-chapter',
      'unknown-kpi-id',
      'duplicate-id',
      'year-mismatch',
      'kpi-year-outside-period',
      'malformed-json',
      'mdx-does-not-compile',
      'case-unknown-section',
      'invalid-date',
      'empty-chapter',
      'script-in-mdx',
      'unknown-field',
      'unknown-field-in-list',
      'problems-of-both-kinds',
      'published-file-changed',
      'photo-missing',
      'duplicate-entry-id',
      'draft-case-in-published-chapter',
      'draft-chapter-holding-case',
      'not-utf8',
      'bom-in-json',
      'bom-in-mdx-accepted',
      'crlf-accepted',
      'file-name-not-an-id',
      'finished-year-unfilled',
      'kpi-year-after-report',
      'period-end-before-start',
      'period-outside-year',
      'kpi-value-impossible',
      'kpi-id-and-name-changed',
      'json-number-too-large',
      'trailing-comma-in-list',
      'photo-too-large',
      'photo-not-a-picture',
      'correction-mismatch',
      'year-without-kpis',
      'chapter-not-listed',
      'chapter-id-reserved',
      'chapter-listed-twice',
      'heading-too-deep',
      'section-not-listed',
      'heading-in-case',
      'figure-unknown-section',
      'figure-not-shown',
      'case-tag-unknown',
      'as-published-changes-number',
      'table-unknown-section',
      'table-row-short',
      'photo-unknown-section',
    ]),
  );
});

// A fixture whose expected output is no list of problems is one the check must accept.
test.each(fixtures)('%s: gives the exact output', (fixture) => {
  const expected = readFileSync(join(FIXTURES, fixture, 'expected.txt'), 'utf8');
  const { status, output } = check(fixture);
  expect(status).toBe(expected.startsWith('The content has') ? 1 : 0);
  expect(output).toBe(expected);
});
