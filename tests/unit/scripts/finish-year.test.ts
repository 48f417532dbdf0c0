import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { finishYear, withoutDraft } from '../../../scripts/lib/finish-year.ts';
import { formatJson } from '../../../scripts/lib/format-json.ts';
import { PROJECT_ROOT } from '../../support/rule-fixtures.ts';

const report = {
  year: 2018,
  title: '2018 降碳报告',
  organisation: '中国铝业集团有限公司',
  period: { start: '2018-01-01', end: '2018-12-31' },
  chapters: [
    'foreword',
    'footprint',
    'management',
    'operations',
    'ecosystem',
    'pioneer',
    'performance',
    'outlook',
  ],
};

describe('withoutDraft', () => {
  test('removes the last member "draft": true and the comma before it, nothing else', async () => {
    const draft = await formatJson({ ...report, draft: true });
    expect(draft).toContain('    "outlook"\n  ],\n  "draft": true\n}\n');
    expect(await withoutDraft(draft)).toBe(await formatJson(report));
  });

  test('removes "draft": true from the middle of the file, keeping the layout of the rest', async () => {
    const text = [
      '{',
      '  "year": 2018,',
      '  "draft": true,',
      '  "period": {',
      '    "start": "2018-01-01",',
      '    "end": "2018-12-31"',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(await withoutDraft(text)).toBe(
      text.replace('  "draft": true,\n', ''), // the expanded period stays expanded
    );
  });

  test('formats anew a file where "draft": true does not stand on a line of its own', async () => {
    expect(await withoutDraft('{ "year": 2018, "draft": true, "title": "2018 降碳报告" }\n')).toBe(
      await formatJson({ year: 2018, title: '2018 降碳报告' }),
    );
  });

  test('leaves alone a year that is no draft, and a file that is not a JSON object', async () => {
    expect(await withoutDraft(await formatJson(report))).toBeUndefined();
    expect(await withoutDraft(await formatJson({ ...report, draft: false }))).toBeUndefined();
    expect(await withoutDraft('{ "year": 2018, "draft": true,')).toBeUndefined();
    expect(await withoutDraft('[true]')).toBeUndefined();
  });
});

describe('finishYear and the command line', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'finish-year-'));
    mkdirSync(join(root, 'content/2018'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const file = () => join(root, 'content/2018/report.json');

  test('writes report.json without the draft mark and says so', async () => {
    writeFileSync(file(), await formatJson({ ...report, draft: true }));
    expect(await finishYear(root, '2018')).toEqual({
      changed: true,
      message:
        '已去掉 content/2018/report.json 中的 "draft": true：2018 年不再是草稿，封存并合并后就会发布。',
    });
    expect(readFileSync(file(), 'utf8')).toBe(await formatJson(report));
    expect((await finishYear(root, '2018')).changed).toBe(false);
  });

  test('changes nothing when the year has no report.json (npm run seal says why)', async () => {
    expect(await finishYear(root, '2019')).toEqual({
      changed: false,
      message: '没有找到 content/2019/report.json，没有改动（npm run seal 会说明原因）。',
    });
  });

  test('node scripts/finish-year.ts <year> works on the current directory', async () => {
    writeFileSync(file(), await formatJson({ ...report, draft: true }));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/finish-year.ts'), ...args], {
        cwd: root,
        encoding: 'utf8',
      });
    const done = run('2018');
    expect([done.status, done.stderr]).toEqual([0, '']);
    expect(done.stdout).toContain('已去掉 content/2018/report.json 中的 "draft": true');
    expect(readFileSync(file(), 'utf8')).toBe(await formatJson(report));
    const wrong = run('18');
    expect([wrong.status, wrong.stdout]).toEqual([1, '']);
    expect(wrong.stderr).toBe(
      'finish-year 需要一个四位数的年份，如：node scripts/finish-year.ts 2018\n',
    );
  });
});
