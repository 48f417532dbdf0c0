/**
 * The pull request's digest, pinned exactly on base/head fixture pairs (tests/fixtures/changes/
 * <case>/{base,head}/content and expected.md). UPDATE_DIGESTS=1 writes the digests instead, for
 * review in the diff.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../../src/pipeline/check-content.ts';
import { diffContent, type LoadedContent } from '../../../src/pipeline/content-diff.ts';
import { digestMarkdown } from '../../../src/pipeline/digest-markdown.ts';
import { readContent } from '../../../src/pipeline/read-content.ts';
import { readSeals } from '../../../src/pipeline/seals.ts';
import { PROJECT_ROOT } from '../../support/rule-fixtures.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/changes');

const load = (root: string): LoadedContent => ({
  years: readContent(root, { showDrafts: true }).years,
  sealed: new Set(Object.keys(readSeals(root) ?? {}).map(Number)),
});

export async function digestOf(folder: string): Promise<string> {
  const head = join(folder, 'head');
  const { problems, warnings } = await checkContent(head);
  const years = diffContent(load(join(folder, 'base')), load(head));
  return digestMarkdown({ base: 'main', years, problems, warnings });
}

const cases = readdirSync(FIXTURES).sort();

test('the fixtures cover what the digest must tell', () => {
  expect(cases).toEqual([
    'changed-figure',
    'declared-restatement',
    'edited-paragraph',
    'figure-in-long-paragraph',
    'new-case',
    'placeholder-replaced',
    'removed-photo',
    'undeclared-sealed',
  ]);
});

test.each(cases)('%s: gives the exact digest', async (name) => {
  const folder = join(FIXTURES, name);
  const file = join(folder, 'expected.md');
  const digest = await digestOf(folder);
  if (process.env['UPDATE_DIGESTS']) writeFileSync(file, digest);
  expect(digest).toBe(readFileSync(file, 'utf8'));
});
