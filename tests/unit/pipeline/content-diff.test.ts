/**
 * The typed diff where the digest's fixtures do not reach: a file the new content cannot read is
 * named as unreadable, never told as removed (nor its photos).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { diffContent, type LoadedContent } from '../../../src/pipeline/content-diff.ts';
import { readContent } from '../../../src/pipeline/read-content.ts';
import { PROJECT_ROOT } from '../../support/rule-fixtures.ts';

const base = join(PROJECT_ROOT, 'tests/fixtures/changes/removed-photo/base');
const head = mkdtempSync(join(tmpdir(), 'content-diff-'));
afterAll(() => rmSync(head, { recursive: true, force: true }));

const load = (root: string): LoadedContent => ({
  years: readContent(root, { showDrafts: true }).years,
  sealed: new Set(),
});

test('an unreadable chapter is named, not told as removed with its photos', () => {
  cpSync(base, head, { recursive: true });
  const file = join(head, 'content/2017/chapters/01-intro.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: 引言', 'title: [引言]'));
  const [year] = diffContent(load(base), load(head));
  expect(year).toMatchObject({
    year: 2017,
    before: 'finished',
    after: 'finished',
    unreadable: ['content/2017/chapters/01-intro.mdx'],
    entries: [],
    kpis: [],
  });
});

test('two identical trees differ in nothing', () => {
  expect(diffContent(load(base), load(base))).toEqual([]);
});
