/**
 * A year's life as the editors' guide tells it (content/README.md, "添加新一年的报告"), on a copy
 * of the rule fixtures' base year: new-year, fill in, seal, check, then the publishing build with
 * its PDFs. Each step is the real command an editor runs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  BASE_CONTENT,
  FIXTURES,
  emptyFolder,
  fixtureProject,
  npmPath,
  removeFolder,
  run,
  script,
} from '../../support/fixture-site.ts';

const ROOT = join(FIXTURES, '.work-year-life');
const year = (...parts: string[]) => join(ROOT, 'content/2018', ...parts);

/** A command of the project's, as `npm run` runs it: the project's tools on the PATH. */
function npmRun(name: string, ...args: string[]) {
  const { status, output } = run(script(name, ...args), {
    cwd: ROOT,
    env: { PATH: npmPath() },
  });
  return { status, output };
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const write = (path: string, data: unknown) =>
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);

beforeAll(() => {
  fixtureProject(emptyFolder(ROOT), { content: BASE_CONTENT });
  // The year before is published and sealed, as 2017 is in the project.
  expect(npmRun('seal.ts', '2017').status).toBe(0);
});
afterAll(() => removeFolder(ROOT));

test('new-year → fill → seal → check → build: the year is published, and no step cries wolf', () => {
  // 2. The scaffold: a draft year, whose only problems are the values still to write. A draft
  // publishes nothing, so they are told as what is left to do and stop no merge.
  const created = npmRun('new-year.ts', '2018');
  expect(created.status, created.output).toBe(0);
  expect(existsSync(year('cases/.gitkeep'))).toBe(true);
  const drafted = npmRun('check.ts');
  expect(drafted.status, drafted.output).toBe(0);
  expect(drafted.output).toContain(
    'content/2018（草稿）：1 章，0 个案例，2 项指标：还有 2 处待完成',
  );
  const left = drafted.output.split('\n').filter((l) => l.startsWith('- '));
  expect(left).toHaveLength(2);
  expect(left.every((l) => l.includes('[kpi-year-values]'))).toBe(true);

  // 6. Finished too early: the draft mark is gone, but the values and the text are not there yet.
  const report = json(year('report.json'));
  delete report['draft'];
  write(year('report.json'), report);
  const early = npmRun('seal.ts', '2018');
  expect(early.status).toBe(1);
  expect(early.output).toContain('没有封存');
  expect(early.output).toContain('[finished-year]');
  expect(json(join(ROOT, 'content/published.json'))).not.toHaveProperty('2018');

  // 3. Filled in: every 2018 value, and text in place of every placeholder of the scaffold.
  const kpis = json(year('kpis.json')) as {
    groups: { rows: { values: Record<string, number | string> }[] }[];
  };
  kpis.groups.forEach((group) => group.rows.forEach((row, i) => (row.values['2018'] = 20 + i)));
  write(year('kpis.json'), kpis);
  for (const name of readdirSync(year('chapters'))) {
    const file = year('chapters', name);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /\{\/\*\s*在此填写[^*]*\*\/\}/g,
        '本节正文：2018 年的降碳工作。',
      ),
    );
  }

  // 6. Sealed, then checked: nothing is reported, not even the empty keep-file of cases/.
  const sealed = npmRun('seal.ts', '2018');
  expect(sealed.status, sealed.output).toBe(0);
  expect(Object.keys(json(join(ROOT, 'content/published.json')))).toEqual(['2017', '2018']);
  const checked = npmRun('check.ts');
  expect(checked).toEqual({
    status: 0,
    output:
      'content/2017：1 章，1 个案例，2 项指标：通过\ncontent/2018：1 章，0 个案例，2 项指标：通过\n',
  });

  // The publishing build: both years, with their PDFs.
  const built = npmRun('build.ts');
  expect(built.status, built.output).toBe(0);
  expect(readFileSync(join(ROOT, 'dist/2018/intro/index.html'), 'utf8')).toContain(
    '本节正文：2018 年的降碳工作。',
  );
  const pdfs = readdirSync(join(ROOT, 'dist/pdf/2018'));
  expect(pdfs.some((name) => name.endsWith('.pdf'))).toBe(true);
});
