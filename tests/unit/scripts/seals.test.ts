/**
 * Sealed published years (scripts/lib/seals.ts) on a copy of the check fixtures' base year: a seal
 * records every file and the KPI figures; any later change, loss or addition is reported until the
 * year is resealed, and resealing accepts a changed figure only as a declared correction.
 */
import { spawnSync } from 'node:child_process';
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
import { legacyFingerprint } from '../../../src/pipeline/fingerprint.ts';
import { checkSeals, readSeals, SEALS_FILE } from '../../../src/pipeline/seals.ts';
import { runSeal } from '../../../scripts/lib/run-seal.ts';

const BASE = resolve(import.meta.dirname, '../../fixtures/rules/base');
let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'seals-'));
  cpSync(BASE, root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const year = (...parts: string[]) => join(root, 'content/2017', ...parts);
const sealOf2017 = () => {
  const seal = readSeals(root)?.['2017'];
  if (!seal || !('files' in seal)) throw new Error('2017 is not sealed in the current format');
  return seal as { files: Record<string, string>; kpis: Record<string, unknown> };
};
const RESEAL =
  'If the change is a deliberate correction, run `npm run seal -- 2017` and say why in the pull request (a corrected KPI figure must also be declared in "corrections" of content/2017/kpis.json).';
const problemsOf = () =>
  checkSeals(root, readSeals(root), [2017]).map((p) => `${p.file} › ${p.field}: ${p.message}`);

describe('runSeal', () => {
  test('seals every file and the KPI figures of a finished year, and the year then passes', async () => {
    expect(await runSeal(root, ['2017'])).toEqual({
      ok: true,
      message:
        'Sealed 2017 (7 files) in content/published.json: from now on npm run check reports any change to them.',
    });
    expect(Object.keys(sealOf2017().files)).toEqual([
      'cases/a-case.mdx',
      'chapters/01-intro.mdx',
      'honours.json',
      'kpis.json',
      'pillars.json',
      'report.json',
      'tables.json',
    ]);
    expect(readSeals(root)?.['2017']).toMatchObject({
      kpis: {
        'co2-change': { '2016': -8.47, '2017': 14.45 },
        'office-power': { '2016': 300, '2017': 370 },
      },
    });
    expect(problemsOf()).toEqual([]);
  });

  test('resealing says what changed since the last seal', async () => {
    await runSeal(root, ['2017']);
    writeFileSync(
      year('honours.json'),
      JSON.stringify({ honours: [{ award: '奖项', recipient: '机构', issuer: '颁发方' }] }),
    );
    expect((await runSeal(root, ['2017'])).message).toBe(
      'Sealed 2017 again in content/published.json. Since the last seal:\n  changed: content/2017/honours.json',
    );
    expect(problemsOf()).toEqual([]);
  });

  test('refuses a draft, a missing year and a missing argument, writing nothing', async () => {
    const report = JSON.parse(readFileSync(year('report.json'), 'utf8'));
    writeFileSync(year('report.json'), JSON.stringify({ ...report, draft: true }));
    expect(await runSeal(root, ['2017'])).toEqual({
      ok: false,
      message:
        'The 2017 report is a draft. Remove "draft": true from content/2017/report.json when it is done, then seal it.',
    });
    expect(await runSeal(root, ['2016'])).toEqual({
      ok: false,
      message: 'There is no content/2016/ to seal.',
    });
    expect(await runSeal(root, [])).toEqual({
      ok: false,
      message: 'Name the year to seal, like: npm run seal -- 2017',
    });
    expect(readSeals(root)).toBeUndefined();
  });
});

describe('checkSeals', () => {
  beforeEach(async () => void (await runSeal(root, ['2017'])));

  test('reports a changed, a lost and an added file of a published year, and how to fix each', () => {
    writeFileSync(year('kpis.json'), readFileSync(year('kpis.json'), 'utf8').replace('370', '380'));
    rmSync(year('cases/a-case.mdx'));
    writeFileSync(year('notes.txt'), '草稿');
    expect(problemsOf()).toEqual([
      `content/2017/cases/a-case.mdx › (file): This file of the published 2017 report is gone. Restore it from a copy (no commit of this branch holds the version that was sealed). ${RESEAL}`,
      `content/2017/kpis.json › (file): This file of the published 2017 report has changed. Undo the change by hand (no commit of this branch holds the version that was sealed). ${RESEAL}`,
      `content/2017/notes.txt › (file): This file was added to the published 2017 report. Remove it. ${RESEAL}`,
    ]);
  });

  test('reports a published year whose folder is gone', () => {
    renameSync(join(root, 'content/2017'), join(root, 'content/old'));
    expect(problemsOf()).toEqual([
      'content/2017 › (folder): The 2017 report is published, but its folder is gone. Restore it, or remove "2017" from content/published.json if it is to be unpublished.',
    ]);
  });

  test('line endings do not count as a change', () => {
    const text = readFileSync(year('report.json'), 'utf8');
    writeFileSync(year('report.json'), `\uFEFF${text.replaceAll('\n', '\r\n')}`);
    expect(problemsOf()).toEqual([]);
  });

  test('a changed photo is reported, whatever bytes changed', async () => {
    mkdirSync(year('photos'));
    writeFileSync(year('photos/belt.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]));
    await runSeal(root, ['2017']);
    // Both bytes are invalid as UTF-8: read as text, the two files would be the same.
    writeFileSync(year('photos/belt.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00]));
    expect(problemsOf()).toEqual([
      'content/2017/photos/belt.jpg › (file): This file of the published 2017 report has changed. Undo the change by hand (no commit of this branch holds the version that was sealed). If the change is a deliberate correction, run `npm run seal -- 2017` and say why in the pull request (a corrected KPI figure must also be declared in "corrections" of content/2017/kpis.json).',
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

const kpis = () => JSON.parse(readFileSync(year('kpis.json'), 'utf8'));
const writeKpis = (table: unknown) =>
  writeFileSync(year('kpis.json'), `${JSON.stringify(table, null, 2)}\n`);
/** kpis.json with office-power's 2017 value set to `value` and the given corrections. */
const correctOfficePower = (value: number, corrections: unknown[]) => {
  const table = kpis();
  table.groups[0].rows[1].values['2017'] = value;
  writeKpis({ ...table, corrections });
};
const TODAY = '2026-03-02';
const correction = {
  kpi: 'office-power',
  year: 2017,
  published: 370,
  corrected: 365,
  reason: '计量范围有误，按复核数据更正。',
  date: '2026-03-01',
};

describe('resealing a published year with changed KPI figures', () => {
  beforeEach(async () => void (await runSeal(root, ['2017'])));

  test('refuses an undeclared change, naming the figure, both values and both fixes; writes nothing', async () => {
    const sealed = readFileSync(join(root, SEALS_FILE), 'utf8');
    correctOfficePower(365, []);
    expect(await runSeal(root, ['2017'], TODAY)).toEqual({
      ok: false,
      message: [
        'Nothing was sealed: the KPI figures of content/2017/ do not agree with the 2017 report as it was published.',
        '- content/2017/kpis.json:32 › groups[0].rows[1].values.2017: The 2017 report published 370 as the 2017 value of the KPI "office-power"; this table now gives 365. Undo the change, or, if the published figure was wrong, declare the correction: add { "kpi": "office-power", "year": 2017, "published": 370, "corrected": 365, "reason": "…", "date": "2026-03-02" } to "corrections", with the reason the site will show beside the figure.',
      ].join('\n'),
    });
    expect(readFileSync(join(root, SEALS_FILE), 'utf8')).toBe(sealed);
  });

  test('accepts a declared correction, and keeps the figure as first published in the seal', async () => {
    correctOfficePower(365, [correction]);
    expect(await runSeal(root, ['2017'], TODAY)).toEqual({
      ok: true,
      message:
        'Sealed 2017 again in content/published.json. Since the last seal:\n  changed: content/2017/kpis.json',
    });
    expect(readSeals(root)?.['2017']).toMatchObject({
      kpis: { 'office-power': { '2016': 300, '2017': 370 } },
    });
    expect(problemsOf()).toEqual([]);
    // The correction cannot be dropped quietly later: the figure would differ again, undeclared.
    writeKpis({ ...kpis(), corrections: [] });
    expect((await runSeal(root, ['2017'], TODAY)).message).toContain(
      'groups[0].rows[1].values.2017: The 2017 report published 370 as the 2017 value of the KPI "office-power"; this table now gives 365.',
    );
  });

  test('a figure corrected twice: each correction follows the one before it', async () => {
    correctOfficePower(360, [correction, { ...correction, published: 365, corrected: 360 }]);
    expect((await runSeal(root, ['2017'], TODAY)).ok).toBe(true);
    correctOfficePower(360, [correction, { ...correction, published: 366, corrected: 360 }]);
    expect((await runSeal(root, ['2017'], TODAY)).message).toBe(
      [
        'Nothing was sealed: the KPI figures of content/2017/ do not agree with the 2017 report as it was published.',
        '- content/2017/kpis.json › corrections[1].published: The correction of "office-power" for 2017 says the value was published as 366, but the correction before it (corrections[0]) corrected it to 365. Write 365 as "published".',
      ].join('\n'),
    );
  });

  test('refuses a correction that misstates the published value or the corrected one', async () => {
    correctOfficePower(365, [{ ...correction, published: 380, corrected: 366 }]);
    expect((await runSeal(root, ['2017'], TODAY)).message).toBe(
      [
        'Nothing was sealed: the KPI figures of content/2017/ do not agree with the 2017 report as it was published.',
        `- content/2017/kpis.json › corrections[0].corrected: The correction of "office-power" for 2017 gives 366 as the corrected value, but the row's value for 2017 is 365. Write the corrected value in both places.`,
        '- content/2017/kpis.json:46 › corrections[0].published: The correction of "office-power" for 2017 says the value was published as 380, but the 2017 report was sealed with 370. Write 370 as "published".',
      ].join('\n'),
    );
  });

  test('refuses a published figure removed or added', async () => {
    const table = kpis();
    delete table.groups[0].rows[1].values['2016'];
    table.groups[0].rows[0].values['2015'] = -5;
    writeKpis(table);
    expect((await runSeal(root, ['2017'], TODAY)).message).toBe(
      [
        'Nothing was sealed: the KPI figures of content/2017/ do not agree with the 2017 report as it was published.',
        '- content/2017/kpis.json:31 › groups[0].rows[1].values: The 2017 report published 300 as the 2016 value of the KPI "office-power", and this table no longer has it. A published figure stays: restore it. If it was wrong, write the corrected value and declare the correction in "corrections".',
        '- content/2017/kpis.json:18 › groups[0].rows[0].values.2015: The 2017 report did not publish a 2015 value for the KPI "co2-change", and a published report gains no figures. Remove it.',
      ].join('\n'),
    );
  });

  test('a year sealed for the first time declares no corrections', async () => {
    rmSync(join(root, SEALS_FILE));
    correctOfficePower(365, [correction]);
    expect((await runSeal(root, ['2017'], TODAY)).message).toBe(
      [
        'Nothing was sealed: the KPI figures of content/2017/ do not agree with the 2017 report as it was published.',
        '- content/2017/kpis.json:42 › corrections: The 2017 report has not been sealed with its KPI figures yet, so none of them was published to be corrected. Write each figure as it is to be published, and remove the corrections.',
      ].join('\n'),
    );
  });
});

describe('formatting does not break a seal', () => {
  const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');
  /** Runs the real Prettier CLI with the project's configuration on files of the copy. */
  const prettierWrite = (...files: string[]) => {
    const result = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/prettier/bin/prettier.cjs'),
        '--config',
        join(PROJECT_ROOT, '.prettierrc.json'),
        '--write',
        ...files,
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
  };

  test('npx prettier --write on every file of a sealed year changes their text, not the seal', async () => {
    // Written as an editor might, in everything Prettier rewrites: JSON on one line, YAML spacing
    // and quotes, emphasis and list markers, a setext heading, table padding, tag spacing, CRLF.
    writeFileSync(year('kpis.json'), JSON.stringify(kpis()));
    writeFileSync(
      year('chapters/01-intro.mdx'),
      [
        '---',
        "title:   '引言'",
        'pillars: [ management ]',
        'sections:',
        '    - heading: "管理"',
        '      pillars:',
        '        - management',
        'figures:',
        '  - { id: saved, section: 管理, label: 年节能, value: 5000, unit: 吨标煤 }',
        '---',
        '',
        '',
        '引言正文，*强调*与**重点**。   ',
        '',
        '管理',
        '====',
        '',
        '* 第一项',
        '* 第二项',
        '',
        '|指标|数值|',
        '|-|-:|',
        '|节能|5000|',
        '',
        '<KeyFigures   section="管理"/>',
        '',
        '<Case id="a-case"/>',
        '',
        '',
      ].join('\r\n'),
    );
    await runSeal(root, ['2017']);
    const before = ['kpis.json', 'chapters/01-intro.mdx'].map((f) => readFileSync(year(f), 'utf8'));
    prettierWrite(join(root, 'content/2017'));
    const after = ['kpis.json', 'chapters/01-intro.mdx'].map((f) => readFileSync(year(f), 'utf8'));
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]).toContain('\n- 第一项\n');
    expect(problemsOf()).toEqual([]);
    // What the page would show still counts.
    writeFileSync(year('chapters/01-intro.mdx'), after[1]!.replace('第二项', '第三项'));
    expect(problemsOf()).toEqual([
      `content/2017/chapters/01-intro.mdx › (file): This file of the published 2017 report has changed. Undo the change by hand (no commit of this branch holds the version that was sealed). ${RESEAL}`,
    ]);
  });
});

describe('the fix a message suggests', () => {
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  /** Runs a `git checkout <commit> -- <path>` command quoted in a message. */
  const runSuggested = (message: string) => {
    const command = /\(git (checkout [0-9a-f]+ -- \S+)\)/.exec(message)?.[1];
    expect(command, message).toBeDefined();
    expect(git(...command!.split(' ')).status).toBe(0);
  };

  test('restores the sealed file on a branch whose year is not on main, even after a commit', async () => {
    // main knows nothing of 2017; the year is made, sealed and committed on its own branch.
    rmSync(join(root, 'content'), { recursive: true });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(root, 'README.md'), 'project\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'start');
    git('checkout', '-q', '-b', 'report-2017');
    cpSync(join(BASE, 'content'), join(root, 'content'), { recursive: true });
    await runSeal(root, ['2017']);
    git('add', '-A');
    git('commit', '-q', '-m', '2017 published');
    correctOfficePower(365, []);
    git('commit', '-q', '-am', 'a careless edit');

    const [problem] = problemsOf();
    expect(problem).toMatch(
      /^content\/2017\/kpis\.json › \(file\): This file of the published 2017 report has changed\. Undo the change \(git checkout [0-9a-f]{12} -- content\/2017\/kpis\.json\)\. /,
    );
    const refusal = await runSeal(root, ['2017'], TODAY);
    expect(refusal.message).toContain(
      `Undo the change (${/\((git checkout \S+ -- \S+)\)/.exec(problem!)?.[1]})`,
    );
    // What the message used to suggest fails here.
    expect(git('checkout', 'main', '--', 'content/2017/kpis.json').status).not.toBe(0);
    runSuggested(problem!);
    expect(problemsOf()).toEqual([]);

    rmSync(year('cases/a-case.mdx'));
    runSuggested(problemsOf()[0]!);
    expect(problemsOf()).toEqual([]);

    rmSync(join(root, 'content/2017'), { recursive: true });
    runSuggested(problemsOf()[0]!);
    expect(problemsOf()).toEqual([]);
  });
});

describe('the first seal format', () => {
  const sealLegacy = () => {
    const files = ['cases/a-case.mdx', 'chapters/01-intro.mdx', 'honours.json', 'kpis.json'];
    const more = ['pillars.json', 'report.json', 'tables.json'];
    const seal = Object.fromEntries(
      [...files, ...more].map((f) => [f, legacyFingerprint(readFileSync(year(f), 'utf8'))]),
    );
    writeFileSync(join(root, SEALS_FILE), JSON.stringify({ 2017: seal }, null, 2));
  };

  test('is still checked, and sealing again records the new format without changing a file', async () => {
    sealLegacy();
    expect(problemsOf()).toEqual([]);
    writeFileSync(year('honours.json'), '{"honours":[]}');
    expect(problemsOf()).toHaveLength(1);
    writeFileSync(year('honours.json'), readFileSync(join(BASE, 'content/2017/honours.json')));

    const files = readFileSync(year('kpis.json'), 'utf8');
    expect(await runSeal(root, ['2017'])).toEqual({
      ok: true,
      message: 'Sealed 2017 again in content/published.json. Nothing had changed.',
    });
    expect(readFileSync(year('kpis.json'), 'utf8')).toBe(files);
    expect(readSeals(root)?.['2017']).toMatchObject({
      kpis: { 'office-power': { '2016': 300, '2017': 370 } },
    });
    expect(problemsOf()).toEqual([]);
  });
});
