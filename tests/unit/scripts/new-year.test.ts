import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { kpiTableSchema } from '../../../src/schemas/kpi.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { readContent } from '../../../src/pipeline/read-content.ts';
import {
  CHAPTER_PLACEHOLDER,
  SECTION_PLACEHOLDER,
  runNewYear,
  scaffoldChapter,
  scaffoldYear,
} from '../../../scripts/lib/scaffold-year.ts';
import { headingsOfText, tagsOfText } from '../../../src/pipeline/mdx-document.ts';
import { checkContent } from '../../../src/pipeline/check-content.ts';
import { PROJECT_ROOT, realYear } from '../content-2017.ts';

/** A year of a project folder, read as the check reads it, with what reading found. */
function readYear(root: string, year: number) {
  const { years, read } = readContent(root, { showDrafts: true });
  return {
    content: years.find((y) => y.year === year)!,
    problems: read.filter((p) => p.file.startsWith(`content/${year}/`)),
  };
}

let root: string;

/** A fresh temporary project root holding a copy of the real content/. */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-year-'));
  cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file and folder below content/, sorted, to prove that nothing was written. */
const listing = (dir = join(root, 'content')): string[] =>
  globSync('**', { cwd: dir, dot: true, onlyFiles: false }).sort();

const json = (file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

interface KpiFile {
  years: number[];
  groups: { rows: Record<string, unknown>[] }[];
}
const rowsOf = (table: KpiFile) => table.groups.flatMap((g) => g.rows);

describe('scaffoldYear creates 2018 from 2017', () => {
  test('writes the listed files and reports them', async () => {
    const result = await scaffoldYear(root, 2018);
    if (!result.ok) throw new Error(result.message);
    expect(result.from).toBe(2017);
    expect(result.folder).toBe('content/2018/');
    expect(result.files).toEqual([
      'content/2018/report.json',
      'content/2018/pillars.json',
      'content/2018/kpis.json',
      'content/2018/honours.json',
      'content/2018/tables.json',
      'content/2018/cases/.gitkeep',
      ...readdirSync(join(root, 'content/2017/chapters')).map(
        (name) => `content/2018/chapters/${name}`,
      ),
    ]);
    for (const file of result.files) expect(existsSync(join(root, file)), file).toBe(true);
    expect(listing(join(root, 'content/2018/cases'))).toEqual(['.gitkeep']);
    for (const file of result.files) expect(result.report).toContain(file);
    expect(result.report).toContain('2018 年报告编辑清单：');
    expect(result.report).toContain(`全部 ${result.kpiRows} 行指标`);
    expect(result.report.trimEnd().endsWith('content/README.md。')).toBe(true);
    // No temporary folder is left behind.
    const years = readdirSync(join(root, 'content'), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    );
    expect(years.map((e) => e.name).sort()).toEqual(['2017', '2018']);
  });

  test('report.json: new year, title and period, same chapters, draft, no publication date', async () => {
    await scaffoldYear(root, 2018);
    const old = json('content/2017/report.json') as { chapters: string[]; organisation: string };
    expect(json('content/2018/report.json')).toEqual({
      year: 2018,
      title: '2018 降碳报告',
      organisation: old.organisation,
      period: { start: '2018-01-01', end: '2018-12-31' },
      chapters: old.chapters,
      draft: true,
    });
  });

  test('chapters keep title, pillars, sections and headings, without text, cases or figures', async () => {
    await scaffoldYear(root, 2018);
    const next = readYear(root, 2018).content;
    const old = realYear();
    expect(next.chapters.map((c) => c.id)).toEqual(old.chapters.map((c) => c.id));
    for (const chapter of next.chapters) {
      const before = old.chapters.find((c) => c.id === chapter.id)!;
      expect(chapter.data.title).toBe(before.data.title);
      expect(chapter.data.pillars).toEqual(before.data.pillars);
      expect(chapter.data.sections).toEqual(before.data.sections);
      expect(chapter.data.figures).toEqual([]);
      expect(chapter.data.photos).toEqual([]);
      const headings = (body: string | undefined) =>
        headingsOfText(body ?? '').map((h) => `${'#'.repeat(h.depth)} ${h.text}`);
      expect(headings(chapter.body)).toEqual(headings(before.body));

      const tags = tagsOfText(chapter.body ?? '').map((t) => t.name);
      for (const dropped of ['Case', 'KeyFigures', 'Photos', 'DataTable']) {
        expect(tags).not.toContain(dropped);
      }
      // Nothing but headings, placeholders and the data views: no prose carried over.
      const lines = (chapter.body ?? '').split('\n').filter((line) => line.trim() !== '');
      for (const line of lines) {
        expect(line, `${chapter.file}: ${line}`).toMatch(
          /^(#{2,3} .+|\{\/\* 在此填写(本节)?正文 \*\/\}|<(PillarModel|PillarInitiatives|Honours|KpiTable) \/>)$/,
        );
      }
    }
  });

  test('management: headings in order, each with its placeholder; <PillarModel /> under its heading', async () => {
    await scaffoldYear(root, 2018);
    const text = readFileSync(join(root, 'content/2018/chapters/03-management.mdx'), 'utf8');
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body).toBe(
      '\n' +
        [
          '## 绿色发展理念',
          SECTION_PLACEHOLDER,
          '### 中铝降碳模型',
          SECTION_PLACEHOLDER,
          '<PillarModel />',
          '## 绿色管理体系',
          SECTION_PLACEHOLDER,
          '### 组织与制度建设',
          SECTION_PLACEHOLDER,
          '### 碳交易市场建设',
          SECTION_PLACEHOLDER,
          '## 绿色能力建设',
          SECTION_PLACEHOLDER,
          '### 基础科学研究',
          SECTION_PLACEHOLDER,
          '### 管理人才培训',
          SECTION_PLACEHOLDER,
        ].join('\n\n') +
        '\n',
    );
    expect(body).not.toContain('中铝集团');
    expect(body).not.toContain('<Case');
  });

  test('the data views stay where they stood; a chapter without headings gets one placeholder', async () => {
    await scaffoldYear(root, 2018);
    const body = (name: string) => {
      const text = readFileSync(join(root, 'content/2018/chapters', name), 'utf8');
      return text.slice(text.indexOf('\n---\n') + 5).trim();
    };
    expect(body('07-performance.mdx')).toBe('<KpiTable />');
    const pioneer = body('06-pioneer.mdx');
    expect(pioneer.endsWith('\n\n<Honours />')).toBe(true);
    expect(pioneer.slice(0, -'<Honours />'.length)).toMatch(/## 中铝绿色荣誉\n\n.*\n\n$/);
    expect(body('05-ecosystem.mdx')).toContain(
      `## 发起绿色倡议\n\n${SECTION_PLACEHOLDER}\n\n<PillarInitiatives />\n\n### 标识释义`,
    );
    expect(body('01-foreword.mdx')).toBe(CHAPTER_PLACEHOLDER);
    expect(body('02-footprint.mdx')).toBe(CHAPTER_PLACEHOLDER); // <KeyFigures /> dropped
  });

  test('kpis.json: three years ending 2018, the same rows, earlier values as printed, no 2018 value', async () => {
    await scaffoldYear(root, 2018);
    const old = json('content/2017/kpis.json') as KpiFile & Record<string, unknown>;
    const next = json('content/2018/kpis.json') as KpiFile & Record<string, unknown>;
    expect(next['title']).toBe(old['title']);
    expect(next.years).toEqual([2016, 2017, 2018]);
    expect(rowsOf(next).map((r) => r['id'])).toEqual(rowsOf(old).map((r) => r['id']));
    rowsOf(next).forEach((row, i) => {
      const before = rowsOf(old)[i]!;
      const values = before['values'] as Record<string, unknown>;
      expect(row['values'], String(row['id'])).toEqual({
        '2016': values['2016'],
        '2017': values['2017'],
      });
      expect(row['values']).not.toHaveProperty('2018');
      for (const kept of ['id', 'name', 'unit', 'basis', 'measure', 'pillars']) {
        expect(row[kept]).toEqual(before[kept]);
      }
      for (const dropped of ['notes', 'asPublished']) {
        expect(row).not.toHaveProperty(dropped);
      }
    });
    // A row whose 2015 value was "not-reported" and a row printed "14.45%" keep their 2016/2017 values.
    const co2 = rowsOf(next).find((r) => r['id'] === 'co2-emissions-change')!;
    expect(co2['values']).toEqual({ '2016': -8.47, '2017': 14.45 });
  });

  test('the other files: pillars as is, no honours, no tables', async () => {
    await scaffoldYear(root, 2018);
    expect(readFileSync(join(root, 'content/2018/pillars.json'), 'utf8')).toBe(
      readFileSync(join(root, 'content/2017/pillars.json'), 'utf8'),
    );
    expect(json('content/2018/honours.json')).toEqual({ honours: [] });
    expect(json('content/2018/tables.json')).toEqual({ tables: [] });
  });

  test('the new year passes the schemas; the only content problems are the missing 2018 values', async () => {
    const result = await scaffoldYear(root, 2018);
    if (!result.ok) throw new Error(result.message);
    const { content, problems } = readYear(root, 2018);
    expect(problems).toEqual([]);
    expect(content.report?.data.draft).toBe(true);
    const checked = await checkContent(root);
    // A draft publishes nothing: what is left to do stops neither the check nor the build.
    expect(checked.problems).toEqual([]);
    const checks = checked.pending;
    expect(checks).toHaveLength(result.kpiRows);
    for (const check of checks) {
      expect(check.rule).toBe('kpi-year-values');
      expect(check.file).toBe('content/2018/kpis.json');
      expect(check.message).toMatch(/^指标 "[a-z0-9-]+" 没有 2018 年的数值。/);
    }
  });

  test('every file passes npx prettier --check with the project configuration', async () => {
    await scaffoldYear(root, 2018);
    // The real CLI, on every file (chapters too: the repository's .prettierignore does not apply here).
    const result = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'node_modules/prettier/bin/prettier.cjs'),
        '--config',
        join(PROJECT_ROOT, '.prettierrc.json'),
        '--check',
        join(root, 'content/2018'),
      ],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    );
    expect(result.stdout + result.stderr).toContain('All matched files use Prettier code style!');
    expect(result.status).toBe(0);
    const kpis = readFileSync(join(root, 'content/2018/kpis.json'), 'utf8');
    expect(kpis).toContain('"values": { "2016": 14.5, "2017": 1.9 },');
  });

  test('writes every key an editor fills in, the lists still empty', async () => {
    await scaffoldYear(root, 2018);
    const kpis = json('content/2018/kpis.json') as Record<string, unknown>;
    expect(Object.keys(kpis)).toEqual(Object.keys(kpiTableSchema.shape));
    expect(kpis['restatements']).toEqual([]);
    expect(kpis['corrections']).toEqual([]);
    // The publication date has no value until the report is published (the checklist says so).
    expect(Object.keys(json('content/2018/report.json') as object)).toEqual(
      Object.keys(reportSchema.shape).filter((key) => key !== 'published'),
    );
    const chapter = readFileSync(join(root, 'content/2018/chapters/03-management.mdx'), 'utf8');
    const frontmatter = parseYaml(chapter.slice(4, chapter.indexOf('\n---\n'))) as object;
    // `draft` is for a chapter left out of a finished year; a new year is a draft as a whole.
    expect(Object.keys(frontmatter)).toEqual(
      Object.keys(chapterSchema.shape).filter((key) => key !== 'draft'),
    );
    expect(chapter).toMatch(
      /^---\ntitle: 绿之根·降碳管理\npillars: \[concept, management, technology\]\n/,
    );
  });

  test('frontmatter text that YAML would misread is quoted, and reads back as written', () => {
    const data = {
      title: 'true',
      pillars: ['no', 'concept'],
      sections: [{ heading: "- 列表: 冒号 #井号 '引号'", pillars: ['on'] }],
    };
    const text = scaffoldChapter(data, '');
    const frontmatter = parseYaml(text.slice(4, text.indexOf('\n---\n'))) as object;
    expect(frontmatter).toEqual({ ...data, figures: [], photos: [] });
  });

  test('a year after a gap carries over only the years the latest table has', async () => {
    const result = await scaffoldYear(root, 2019);
    if (!result.ok) throw new Error(result.message);
    const next = json('content/2019/kpis.json') as KpiFile;
    expect(next.years).toEqual([2017, 2018, 2019]);
    for (const row of rowsOf(next)) expect(Object.keys(row['values'] as object)).toEqual(['2017']);
    expect((json('content/2019/report.json') as { title: string }).title).toBe('2019 降碳报告');
  });

  test('the next year is made from the latest year, 2018 from 2017 and then 2019 from 2018', async () => {
    expect((await scaffoldYear(root, 2018)).ok).toBe(true);
    const result = await scaffoldYear(root, 2019);
    if (!result.ok) throw new Error(result.message);
    expect(result.from).toBe(2018);
    const next = json('content/2019/kpis.json') as KpiFile;
    // 2018 has no values yet: nothing is invented for it.
    for (const row of rowsOf(next)) expect(Object.keys(row['values'] as object)).toEqual(['2017']);
    expect(readYear(root, 2019).problems).toEqual([]);
  });
});

describe('new-year refuses and writes nothing', () => {
  const refuses = async (args: string[], message: string) => {
    const before = listing();
    const result = await runNewYear(root, args);
    expect(result).toEqual({ ok: false, message });
    expect(listing()).toEqual(before);
  };

  test('a year that exists', async () => {
    await refuses(
      ['2017'],
      '没有创建：2017 年已经存在（content/2017/）。new-year 从不覆盖已有的年份。请直接编辑这个文件夹，或换一个年份。',
    );
  });

  test('a year that exists, made by an earlier run', async () => {
    expect((await runNewYear(root, ['2018'])).ok).toBe(true);
    const chapter = join(root, 'content/2018/chapters/03-management.mdx');
    writeFileSync(chapter, readFileSync(chapter, 'utf8') + '\n编辑已写的文字。\n');
    await refuses(
      ['2018'],
      '没有创建：2018 年已经存在（content/2018/）。new-year 从不覆盖已有的年份。请直接编辑这个文件夹，或换一个年份。',
    );
    expect(readFileSync(chapter, 'utf8')).toContain('编辑已写的文字。');
  });

  test.each([
    ['18', '没有创建："18" 不是年份。'],
    ['2018a', '没有创建："2018a" 不是年份。'],
    ['twenty', '没有创建："twenty" 不是年份。'],
    ['', '没有创建：没有给出年份。'],
  ])('the argument %j', async (arg, start) => {
    await refuses(
      [arg],
      `${start}new-year 需要新报告的年份，用四位数字写，如 2018。请这样运行：npm run new-year -- 2018`,
    );
  });

  test('no argument, or more than one', async () => {
    await refuses(
      [],
      '没有创建：没有给出年份。new-year 需要新报告的年份，用四位数字写，如 2018。请这样运行：npm run new-year -- 2018',
    );
    await refuses(
      ['2018', '2019'],
      '没有创建：给出了 2 个参数（"2018"、"2019"），但 new-year 一次只创建一个年份。new-year 需要新报告的年份，用四位数字写，如 2018。请这样运行：npm run new-year -- 2018',
    );
  });

  test('a year before the latest', async () => {
    await refuses(
      ['2016'],
      '没有创建：2016 年不晚于最新的年份 2017 年（content/2017/）。new-year 只在最新年份之后添加新的一年，以最新年份的结构为模板。请选一个更晚的年份，如 2018；要补一份更早的报告，请手动创建它的文件夹。',
    );
  });

  test('a year the site does not accept', async () => {
    await refuses(
      ['2101'],
      '没有创建：2101 年不在网站接受的年份范围内（2000 年至 2100 年）。请给出新报告的年份，如 2018：npm run new-year -- 2018',
    );
  });

  test('content/ without a year', async () => {
    rmSync(join(root, 'content/2017'), { recursive: true });
    mkdirSync(join(root, 'content/drafts'));
    await refuses(
      ['2018'],
      '没有创建：content/ 中没有可作模板的年份（应有以年份命名的文件夹，如 content/2017/）。new-year 以最新的已有年份为模板创建新的一年。请在项目根目录中运行，或手动创建第一个年份。',
    );
  });

  test('no content/ at all', async () => {
    rmSync(join(root, 'content'), { recursive: true });
    expect(await runNewYear(root, ['2018'])).toEqual({
      ok: false,
      message: `没有创建：${root} 中没有 content/ 文件夹。new-year 在项目的 content/<年份>/ 文件夹中工作，请在项目根目录（有 package.json 的文件夹）中运行。`,
    });
    expect(readdirSync(root)).toEqual([]);
  });

  test('a latest year whose files cannot be read', async () => {
    writeFileSync(
      join(root, 'content/2017/kpis.json'),
      '{ "title": "绿之果·降碳绩效", "groups": 3 }\n',
    );
    await refuses(
      ['2018'],
      '没有创建：无法以 2017 年为模板创建 2018 年：content/2017/kpis.json:1 › years：缺少这个必填字段。请添加它，值应为列表（[…]）。 [schema] content/2017/kpis.json:1 › groups：应为列表（[…]），实际为 3。 [schema] new-year 要复制最新年份的结构，请先改正这些问题（npm run check 会列出所有内容问题）。',
    );
  });
});

describe('the command line', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/new-year.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  test('creates the year in the current directory and prints the files and the checklist', async () => {
    const { status, stdout, stderr } = run('2018');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('  content/2018/kpis.json');
    expect(stdout).toContain('2018 年报告编辑清单：\n1. 已创建 content/2018/');
    expect(stdout).toContain('删除 content/2018/report.json 中的 "draft": true');
    expect(existsSync(join(root, 'content/2018/report.json'))).toBe(true);
  });

  test('exits with 1 and the reason on stderr when it refuses', async () => {
    const before = listing();
    const { status, stdout, stderr } = run('2017');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      '没有创建：2017 年已经存在（content/2017/）。new-year 从不覆盖已有的年份。请直接编辑这个文件夹，或换一个年份。\n',
    );
    expect(listing()).toEqual(before);
  });
});

test('what a carried value measures is carried with it', async () => {
  const root = mkdtempSync(join(tmpdir(), 'new-year-measures-'));
  try {
    cpSync(join(PROJECT_ROOT, 'content'), join(root, 'content'), { recursive: true });
    await scaffoldYear(root, 2018);
    const kpis = JSON.parse(readFileSync(join(root, 'content/2018/kpis.json'), 'utf8'));
    const row = kpis.groups
      .flatMap((g: { rows: unknown[] }) => g.rows)
      .find((r: { id: string }) => r.id === 'aluminium-ingot-ac-power');
    expect(row.measureByYear).toEqual({ '2016': 'unclear', '2017': 'unclear' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
