/**
 * Sealed published years (scripts/lib/seals.ts) on a copy of the check fixtures' base year: a seal
 * records every file, and any later change, loss or addition is reported until the year is resealed.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkSeals, readSeals, runSeal } from '../../../scripts/lib/seals.ts';

const BASE = resolve(import.meta.dirname, '../../fixtures/check/base');
let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'seals-'));
  cpSync(BASE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const year = (...parts: string[]) => join(root, 'content/2017', ...parts);
const problemsOf = () =>
  checkSeals(root, readSeals(root), [2017]).map((p) => `${p.file} › ${p.field}: ${p.message}`);

describe('runSeal', () => {
  test('seals every file of a finished year, and the year then passes', () => {
    expect(runSeal(root, ['2017'])).toEqual({
      ok: true,
      message:
        'Sealed 2017 (7 files) in content/published.json: from now on npm run check reports any change to them.',
    });
    expect(Object.keys(readSeals(root)?.['2017'] ?? {})).toEqual([
      'cases/a-case.mdx',
      'chapters/01-intro.mdx',
      'honours.json',
      'kpis.json',
      'pillars.json',
      'report.json',
      'tables.json',
    ]);
    expect(problemsOf()).toEqual([]);
  });

  test('resealing says what changed since the last seal', () => {
    runSeal(root, ['2017']);
    writeFileSync(year('honours.json'), '{ "honours": [] }\n\n');
    expect(runSeal(root, ['2017']).message).toBe(
      'Sealed 2017 again in content/published.json. Since the last seal:\n  changed: content/2017/honours.json',
    );
    expect(problemsOf()).toEqual([]);
  });

  test('refuses a draft, a missing year and a missing argument, writing nothing', () => {
    const report = JSON.parse(readFileSync(year('report.json'), 'utf8'));
    writeFileSync(year('report.json'), JSON.stringify({ ...report, draft: true }));
    expect(runSeal(root, ['2017'])).toEqual({
      ok: false,
      message:
        'The 2017 report is a draft. Remove "draft": true from content/2017/report.json when it is done, then seal it.',
    });
    expect(runSeal(root, ['2016'])).toEqual({
      ok: false,
      message: 'There is no content/2016/ to seal.',
    });
    expect(runSeal(root, [])).toEqual({
      ok: false,
      message: 'Name the year to seal, like: npm run seal -- 2017',
    });
    expect(readSeals(root)).toBeUndefined();
  });
});

describe('checkSeals', () => {
  beforeEach(() => void runSeal(root, ['2017']));

  test('reports a changed, a lost and an added file of a published year, and how to fix each', () => {
    writeFileSync(year('kpis.json'), readFileSync(year('kpis.json'), 'utf8').replace('370', '380'));
    rmSync(year('cases/a-case.mdx'));
    writeFileSync(year('notes.txt'), '草稿');
    expect(problemsOf()).toEqual([
      'content/2017/cases/a-case.mdx › (file): This file of the published 2017 report is gone. Restore it (git checkout main -- content/2017/cases/a-case.mdx). If the change is a deliberate correction, run `npm run seal -- 2017` and say why in the pull request.',
      'content/2017/kpis.json › (file): This file of the published 2017 report has changed. Undo the change (git checkout main -- content/2017/kpis.json). If the change is a deliberate correction, run `npm run seal -- 2017` and say why in the pull request.',
      'content/2017/notes.txt › (file): This file was added to the published 2017 report. Remove it. If the change is a deliberate correction, run `npm run seal -- 2017` and say why in the pull request.',
    ]);
  });

  test('reports a published year whose folder is gone', () => {
    renameSync(join(root, 'content/2017'), join(root, 'content/old'));
    expect(problemsOf()).toEqual([
      'content/2017 › (folder): The 2017 report is published, but its folder is gone. Restore it (git checkout main -- content/2017), or remove "2017" from content/published.json if it is to be unpublished.',
    ]);
  });

  test('line endings do not count as a change', () => {
    const text = readFileSync(year('report.json'), 'utf8');
    writeFileSync(year('report.json'), `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    expect(problemsOf()).toEqual([]);
  });

  test('a changed photo is reported, whatever bytes changed', () => {
    mkdirSync(year('photos'));
    writeFileSync(year('photos/belt.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]));
    runSeal(root, ['2017']);
    // Both bytes are invalid as UTF-8: read as text, the two files would be the same.
    writeFileSync(year('photos/belt.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00]));
    expect(problemsOf()).toEqual([
      'content/2017/photos/belt.jpg › (file): This file of the published 2017 report has changed. Undo the change (git checkout main -- content/2017/photos/belt.jpg). If the change is a deliberate correction, run `npm run seal -- 2017` and say why in the pull request.',
    ]);
  });

  test('a year that is no longer a draft must be sealed before it is published', () => {
    expect(
      checkSeals(root, readSeals(root), [2017, 2018]).map((p) => `${p.file} › ${p.message}`),
    ).toEqual([
      'content/2018/report.json › The 2018 report is no longer a draft, so it will be published, but it is not sealed. Run `npm run seal -- 2018` to record it in content/published.json, or mark it "draft": true until it is done.',
    ]);
  });

  test('nothing is checked before anything is sealed', () => {
    expect(checkSeals(root, undefined, [2017])).toEqual([]);
  });
});
