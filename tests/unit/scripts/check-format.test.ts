/** `npm run check -- --format github`: each problem and warning as a workflow command GitHub shows on its line. */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PROJECT_ROOT, projectOf, ruleFixtures } from '../../support/rule-fixtures.ts';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function checkGithub(rule: string, name: string) {
  const root = projectOf(ruleFixtures().find((f) => f.rule === rule && f.name === name));
  temporary.push(root);
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts/check.ts'), '--format', 'github'],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('a problem is an error annotation on its file and line, titled by its rule and field', () => {
  const { status, stdout, stderr } = checkGithub('link-target', 'address-without-scheme');
  expect(status).toBe(1);
  expect(stdout.trim().split('\n')).toEqual([
    '::error file=content/2017/chapters/01-intro.mdx,line=19,title=link-target › body::链接地址 "www.chinalco.com.cn" 像是网址，但缺少 https://，会被当成本站内的相对地址而失效。请写作 "https://www.chinalco.com.cn"。',
  ]);
  // The terminal's list is still there, for the log.
  expect(stderr).toContain('内容有 1 个问题');
});

test('a warning is a warning annotation, and the check passes', () => {
  const { status, stdout } = checkGithub('report-title-repeated', 'title-of-another-year');
  expect(status).toBe(0);
  expect(stdout).toMatch(
    /^::warning file=content\/2018\/report\.json,line=3,title=report-title-repeated › title::标题 "2017 降碳报告" 与 2017 年报告/m,
  );
});

test('an unknown format is refused, in Chinese', () => {
  const root = projectOf(undefined);
  temporary.push(root);
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts/check.ts'), '--format', 'json'],
    { cwd: root, encoding: 'utf8' },
  );
  expect(result.status).toBe(2);
  expect(result.stderr).toBe('check：--format 应为 text 或 github，而不是 "json"。\n');
});
