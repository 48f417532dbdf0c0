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
  '若这是有意的更正，请运行 npm run seal -- 2017 重新封存，并在合并请求中说明原因（更正的指标数值还须在 content/2017/kpis.json 的 "corrections" 中声明）。';
const problemsOf = () =>
  checkSeals(root, readSeals(root), [2017]).map((p) => `${p.file} › ${p.field}: ${p.message}`);

describe('runSeal', () => {
  test('seals every file and the KPI figures of a finished year, and the year then passes', async () => {
    expect(await runSeal(root, ['2017'])).toEqual({
      ok: true,
      message:
        '已封存 2017 年（7 个文件），记录在 content/published.json 中：此后 npm run check 会报告对这些文件的任何修改。',
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
      '已重新封存 2017 年，记录在 content/published.json 中。自上次封存以来：\n  修改：content/2017/honours.json',
    );
    expect(problemsOf()).toEqual([]);
  });

  test('refuses a draft, a missing year and a missing argument, writing nothing', async () => {
    const report = JSON.parse(readFileSync(year('report.json'), 'utf8'));
    writeFileSync(year('report.json'), JSON.stringify({ ...report, draft: true }));
    expect(await runSeal(root, ['2017'])).toEqual({
      ok: false,
      message:
        '没有封存：2017 年的报告还是草稿（content/2017/report.json 中有 "draft": true）。只有完成的报告才能封存。报告完成后，请删除 "draft": true，再运行 npm run seal -- 2017。',
    });
    expect(await runSeal(root, ['2016'])).toEqual({
      ok: false,
      message:
        '没有封存：找不到 content/2016/ 文件夹。请确认年份无误，并在项目根目录（有 package.json 的文件夹）中运行。',
    });
    expect(await runSeal(root, [])).toEqual({
      ok: false,
      message: '没有封存：没有给出年份。请写明要封存的年份，如：npm run seal -- 2017',
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
      `content/2017/cases/a-case.mdx › (file): 这是已发布的 2017 年报告的文件，它不见了。已发布的文件应一直保留。请恢复它（当前分支的历史中找不到封存时的版本，只能从备份中找回）。${RESEAL}`,
      `content/2017/kpis.json › (file): 这是已发布的 2017 年报告的文件，它与封存时不同了。已发布的文件应保持不变。请撤销修改（当前分支的历史中找不到封存时的版本，只能手动改回）。${RESEAL}`,
      `content/2017/notes.txt › (file): 这个文件是新加进已发布的 2017 年报告的，封存时没有它。已发布的报告不应增加文件。请删除它。${RESEAL}`,
    ]);
  });

  test('reports a published year whose folder is gone', () => {
    renameSync(join(root, 'content/2017'), join(root, 'content/old'));
    expect(problemsOf()).toEqual([
      'content/2017 › (folder): 2017 年的报告已发布，但它的文件夹 content/2017/ 不见了。已发布的报告应一直保留。请恢复这个文件夹；若确要撤下这份报告，请从 content/published.json 中删除 "2017"。',
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
      `content/2017/photos/belt.jpg › (file): 这是已发布的 2017 年报告的文件，它与封存时不同了。已发布的文件应保持不变。请撤销修改（当前分支的历史中找不到封存时的版本，只能手动改回）。${RESEAL}`,
    ]);
  });

  test('a year that is no longer a draft must be sealed before it is published', () => {
    expect(
      checkSeals(root, readSeals(root), [2017, 2018]).map((p) => `${p.file} › ${p.message}`),
    ).toEqual([
      'content/2018/report.json › 2018 年的报告已不是草稿，会被发布，但还没有封存。发布的报告都应封存。请运行 npm run seal -- 2018，把它记录到 content/published.json；若还没完成，请在 report.json 中加上 "draft": true。',
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
        '没有封存：content/2017/ 中的指标数值与已发布的 2017 年报告不一致：',
        '- content/2017/kpis.json:32 › groups[0].rows[1].values.2017：2017 年报告发布的指标 "office-power" 的 2017 年数值为 370，现在的表中却是 365。已发布的数值不能悄悄修改。请撤销修改；若发布的数值确实有误，请声明更正：在 "corrections" 中添加 { "kpi": "office-power", "year": 2017, "published": 370, "corrected": 365, "reason": "待填写：更正的原因", "date": "2026-03-02" }，并把 "reason" 写成网站将显示在数值旁的更正原因。',
      ].join('\n'),
    });
    expect(readFileSync(join(root, SEALS_FILE), 'utf8')).toBe(sealed);
  });

  test('accepts a declared correction, and keeps the figure as first published in the seal', async () => {
    correctOfficePower(365, [correction]);
    expect(await runSeal(root, ['2017'], TODAY)).toEqual({
      ok: true,
      message:
        '已重新封存 2017 年，记录在 content/published.json 中。自上次封存以来：\n  修改：content/2017/kpis.json',
    });
    expect(readSeals(root)?.['2017']).toMatchObject({
      kpis: { 'office-power': { '2016': 300, '2017': 370 } },
    });
    expect(problemsOf()).toEqual([]);
    // The correction cannot be dropped quietly later: the figure would differ again, undeclared.
    writeKpis({ ...kpis(), corrections: [] });
    expect((await runSeal(root, ['2017'], TODAY)).message).toContain(
      'groups[0].rows[1].values.2017：2017 年报告发布的指标 "office-power" 的 2017 年数值为 370，现在的表中却是 365。',
    );
  });

  test('a figure corrected twice: each correction follows the one before it', async () => {
    correctOfficePower(360, [correction, { ...correction, published: 365, corrected: 360 }]);
    expect((await runSeal(root, ['2017'], TODAY)).ok).toBe(true);
    correctOfficePower(360, [correction, { ...correction, published: 366, corrected: 360 }]);
    expect((await runSeal(root, ['2017'], TODAY)).message).toBe(
      [
        '没有封存：npm run check 在 content/2017/ 中发现 1 个问题，先改正它们：',
        '- content/2017/kpis.json:54 › corrections[1].published：对指标 "office-power" 2017 年数值的更正写原发布值为 366，但它前面的一条更正（corrections[0]）已把这个数值改为 365。每条更正应从前一条更正的结果改起。请把 "published" 写为 365。 [correction-declared]',
      ].join('\n'),
    );
  });

  test('refuses a correction that misstates the published value or the corrected one', async () => {
    correctOfficePower(365, [{ ...correction, published: 380, corrected: 366 }]);
    // npm run check refuses the corrected value first; the seal then refuses the published one.
    expect((await runSeal(root, ['2017'], TODAY)).message).toBe(
      [
        '没有封存：npm run check 在 content/2017/ 中发现 1 个问题，先改正它们：',
        '- content/2017/kpis.json:47 › corrections[0].corrected：对指标 "office-power" 2017 年数值的更正给出的更正值是 366，但该行 2017 年的数值是 365。两处应相同。请在 "corrected" 和该行 "values" 的 "2017" 中写同一个更正后的数值。 [correction-declared]',
      ].join('\n'),
    );
    correctOfficePower(365, [{ ...correction, published: 380 }]);
    expect((await runSeal(root, ['2017'], TODAY)).message).toBe(
      [
        '没有封存：content/2017/ 中的指标数值与已发布的 2017 年报告不一致：',
        '- content/2017/kpis.json:46 › corrections[0].published：指标 "office-power" 的 2017 年数值的更正中，"published" 写的是 380，但 2017 年报告封存时的数值是 370。"published" 应为当初发布的数值。请把 "published" 改为 370。',
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
        '没有封存：npm run check 在 content/2017/ 中发现 2 个问题，先改正它们：',
        '- content/2017/kpis.json:18 › groups[0].rows[0].values.2015：指标 "co2-change" 的 "values" 中有 2015 年的数值，但 2015 年不是本表的年份（"years" 为 [2016, 2017]）。"values" 中只能有表中各年的数值。请把 2015 加进 "years"，或删除这个数值。 [kpi-year-values]',
        '- content/2017/kpis.json:31 › groups[0].rows[1].values：指标 "office-power" 没有 2016 年的数值。表中直到 2017 年的每一年都应有数值。请在 "values" 中写上 "2016" 和报告印的数值；报告中印作“-”的，写 "not-reported"。 [kpi-year-values]',
      ].join('\n'),
    );
  });

  test('a year sealed for the first time declares no corrections', async () => {
    rmSync(join(root, SEALS_FILE));
    correctOfficePower(365, [correction]);
    expect((await runSeal(root, ['2017'], TODAY)).message).toBe(
      [
        '没有封存：content/2017/ 中的指标数值与已发布的 2017 年报告不一致：',
        '- content/2017/kpis.json:42 › corrections："corrections" 中有 1 条更正，但 2017 年的报告还没有连同指标数值封存过，没有已发布的数值可以更正。首次封存时不应有更正。请把每个数值直接写成要发布的样子，并删除 "corrections" 中的各条更正。',
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
        '----',
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
    expect((await runSeal(root, ['2017'])).ok).toBe(true);
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
      `content/2017/chapters/01-intro.mdx › (file): 这是已发布的 2017 年报告的文件，它与封存时不同了。已发布的文件应保持不变。请撤销修改（当前分支的历史中找不到封存时的版本，只能手动改回）。${RESEAL}`,
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
    const command = /（git (checkout [0-9a-f]+ -- [^\s）]+)）/.exec(message)?.[1];
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
      /^content\/2017\/kpis\.json › \(file\): 这是已发布的 2017 年报告的文件，它与封存时不同了。已发布的文件应保持不变。请撤销修改（git checkout [0-9a-f]{12} -- content\/2017\/kpis\.json）。若这是有意的更正，请运行 npm run seal -- 2017 重新封存/,
    );
    const refusal = await runSeal(root, ['2017'], TODAY);
    expect(refusal.message).toContain(
      `请撤销修改（${/（(git checkout \S+ -- [^\s）]+)）/.exec(problem!)?.[1]}）`,
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
      message: '已重新封存 2017 年，记录在 content/published.json 中。自上次封存以来没有变化。',
    });
    expect(readFileSync(year('kpis.json'), 'utf8')).toBe(files);
    expect(readSeals(root)?.['2017']).toMatchObject({
      kpis: { 'office-power': { '2016': 300, '2017': 370 } },
    });
    expect(problemsOf()).toEqual([]);
  });
});
