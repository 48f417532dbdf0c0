/**
 * `npm run changes` and `npm run check -- --format github` as a pull request runs them, on a real
 * temporary git repository: the base committed, a change made in the working tree.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT, RULE_FIXTURES } from '../../support/rule-fixtures.ts';

let repo: string;
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const git = (...args: string[]) => {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};
const edit = (file: string, from: string, to: string) => {
  const path = join(repo, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'changes-repo-'));
  cpSync(join(RULE_FIXTURES, 'base'), repo, { recursive: true });
  expect(run('seal.ts', '2017').status).toBe(0);
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.email', 'editor@example.com');
  git('config', 'user.name', 'Editor');
  git('add', '.');
  git('commit', '--quiet', '-m', 'base');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

test('without changes, the digest says so', () => {
  const { status, stdout } = run('changes.ts', 'main');
  expect(status).toBe(0);
  expect(stdout).toBe(
    '<!-- content-digest -->\n## 报告内容的变化（与 `main` 相比）\n\n✔ `npm run check`：没有问题。\n\n报告内容没有变化。\n',
  );
});

test('an undeclared change to a sealed 2017 figure: annotated in kpis.json, flagged in the digest', () => {
  edit('content/2017/kpis.json', '"2017": 370', '"2017": 380');
  try {
    const check = run('check.ts', '--format', 'github');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(
      /^::error file=content\/2017\/kpis\.json,title=published-unchanged › \(file\)::这是已发布的 2017 年报告的文件，它与封存时不同了。/m,
    );
    // The figure itself, on its line of the diff.
    const line = readFileSync(join(repo, 'content/2017/kpis.json'), 'utf8')
      .split('\n')
      .findIndex((text) => text.includes('"2017": 380'));
    expect(check.stdout).toContain(
      `::error file=content/2017/kpis.json,line=${line + 1},title=published-unchanged › groups[0].rows[1].values.2017::《2017 降碳报告》发布时，指标 "office-power" 2017 年的数值为 370，而本表现在是 380。`,
    );
    const commentFile = join(repo, 'comment.md');
    const { status, stdout } = run('changes.ts', 'main', '--comment-file', commentFile);
    expect(status).toBe(0);
    expect(stdout).toContain('✘ `npm run check`：**2 个问题**（`published-unchanged` 2）');
    expect(stdout).toContain(
      '| ⚠ | 办公用电量（`office-power`） | 2017 | 370 → 380 | 万千瓦时 | **未声明**（已封存的年份） |',
    );
    expect(stdout).toContain('- 办公用电量：`/2017/kpis/office-power/`');
    expect(readFileSync(commentFile, 'utf8')).toBe(stdout);
  } finally {
    git('checkout', '--quiet', '--', 'content');
  }
});

test('a case added to a draft 2018: the case, its chapter and the pages that change', () => {
  expect(run('new-year.ts', '2018').status).toBe(0);
  edit('content/2018/kpis.json', '"2017": 14.45', '"2017": 14.45, "2018": 12');
  edit('content/2018/kpis.json', '"2017": 370', '"2017": 370, "2018": 350');
  git('add', '.');
  git('commit', '--quiet', '-m', '2018 draft');
  writeFileSync(
    join(repo, 'content/2018/cases/waste-heat.mdx'),
    '---\ntitle: 余热发电项目投运\nchapter: intro\nsection: 管理\norganisation: 测试机构\npillars: [management]\n---\n\n余热发电。\n',
  );
  edit(
    'content/2018/chapters/01-intro.mdx',
    '{/* 在此填写本节正文 */}',
    '<Case id="waste-heat" />',
  );
  const { status, stdout } = run('changes.ts', 'HEAD');
  expect(status).toBe(0);
  expect(stdout).toContain('### 2018 年（草稿）');
  expect(stdout).toContain(
    '- 新增案例「余热发电项目投运」（`content/2018/cases/waste-heat.mdx`，在章节 `intro`）',
  );
  expect(stdout).toContain('- 引言：`/2018/intro/`');
  expect(stdout).toContain('- 案例一览：`/2018/cases/`');
  expect(stdout).toContain('- PDF 引言：`/pdf/2018/chinalco-2018-carbon-report-01-intro.pdf`');
});

test('a ref git does not know is named, with what to do', () => {
  const { status, stderr } = run('changes.ts', 'origin/nowhere');
  expect(status).toBe(2);
  expect(stderr).toContain('changes：读不到 origin/nowhere 中的 content/');
  expect(stderr).toContain('git fetch origin');
});
