/**
 * Creates content/<year>/ for a new report from the latest year folder: the structure (chapters,
 * their headings and sections, the KPI rows, the pillars) carries over, the year's own content
 * (text, cases, figures, photos, honours, tables, the new year's KPI values) is left for editors.
 * Used by `npm run new-year -- <year>` (scripts/new-year.ts) and by its unit test.
 * The latest year is read and validated as `npm run check` reads it (readContent).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Document, isSeq } from 'yaml';
import { headingsOfText, tagsOfText } from '../../src/pipeline/mdx-document.ts';
import { formatProblem } from '../../src/data/content/problems.ts';
import type { ChapterData } from '../../src/schemas/chapter.ts';
import type { z } from 'astro/zod';
import type { KpiTable, kpiTableSchema } from '../../src/schemas/kpi.ts';
import { NOT_REPORTED } from '../../src/schemas/constants.ts';
import { formatJson } from './format-json.ts';
import { readContent } from '../../src/pipeline/read-content.ts';

/** The data views a chapter keeps in a new year: they show that year's data files, not text. */
export const KEPT_TAGS = ['PillarModel', 'PillarInitiatives', 'Honours', 'KpiTable'] as const;
/** Placeholder under each heading of a new chapter. */
export const SECTION_PLACEHOLDER = '{/* 在此填写本节正文 */}';
/** Placeholder of a new chapter without headings or data views. */
export const CHAPTER_PLACEHOLDER = '{/* 在此填写正文 */}';
/** The years the site accepts (src/schemas/common.ts › yearSchema). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
/** How many year columns a new KPI table has, ending with the new year. */
export const KPI_YEARS = 3;

export type ScaffoldResult =
  | {
      ok: true;
      /** The year created. */
      year: number;
      /** The year it was created from. */
      from: number;
      /** The new folder, relative to the root: content/<year>/. */
      folder: string;
      /** Every file written, relative to the root, with forward slashes. */
      files: string[];
      /** The number of KPI rows whose value for `year` the editor has to fill in. */
      kpiRows: number;
      /** What to print: the files created and the editors' checklist. */
      report: string;
    }
  | {
      ok: false;
      /** Why nothing was written, what was expected and what to do. */
      message: string;
    };

type Refusal = Extract<ScaffoldResult, { ok: false }>;
const refuse = (message: string): Refusal => ({ ok: false, message });

/** The year folders of content/ (four-digit names), ascending; undefined when there is no content/. */
export function existingYears(root: string): number[] | undefined {
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) return undefined;
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .map((entry) => Number(entry.name))
    .sort((a, b) => a - b);
}

const usage = (example: number) =>
  `new-year 需要新报告的年份，用四位数字写，如 ${example}。请这样运行：npm run new-year -- ${example}`;

/**
 * The command: reads the arguments (one four-digit year) and creates that year under `root`.
 * Never writes anything when it refuses.
 */
export async function runNewYear(root: string, args: readonly string[]): Promise<ScaffoldResult> {
  const latest = existingYears(root)?.at(-1);
  const example = latest === undefined ? new Date().getFullYear() : latest + 1;
  const given = args.filter((arg) => arg.trim() !== '');
  if (given.length === 0) return refuse(`没有创建：没有给出年份。${usage(example)}`);
  if (given.length > 1) {
    const list = given.map((arg) => JSON.stringify(arg)).join('、');
    return refuse(
      `没有创建：给出了 ${given.length} 个参数（${list}），但 new-year 一次只创建一个年份。${usage(example)}`,
    );
  }
  const arg = given[0] ?? '';
  if (!/^\d{4}$/.test(arg.trim()))
    return refuse(`没有创建：${JSON.stringify(arg)} 不是年份。${usage(example)}`);
  return scaffoldYear(root, Number(arg.trim()));
}

/** Creates content/<year>/ below `root` from the latest year folder, or refuses without writing. */
export async function scaffoldYear(root: string, year: number): Promise<ScaffoldResult> {
  const years = existingYears(root);
  const latest = years?.at(-1);
  const example = latest === undefined ? new Date().getFullYear() : latest + 1;
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    return refuse(`没有创建：${JSON.stringify(String(year))} 不是年份。${usage(example)}`);
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return refuse(
      `没有创建：${year} 年不在网站接受的年份范围内（${FIRST_YEAR} 年至 ${LAST_YEAR} 年）。请给出新报告的年份，如 ${example}：npm run new-year -- ${example}`,
    );
  }
  if (years === undefined) {
    return refuse(
      `没有创建：${root} 中没有 content/ 文件夹。new-year 在项目的 content/<年份>/ 文件夹中工作，请在项目根目录（有 package.json 的文件夹）中运行。`,
    );
  }
  const folder = `content/${year}`;
  if (existsSync(join(root, folder))) {
    return refuse(
      `没有创建：${year} 年已经存在（${folder}/）。new-year 从不覆盖已有的年份。请直接编辑这个文件夹，或换一个年份。`,
    );
  }
  if (latest === undefined) {
    return refuse(
      `没有创建：content/ 中没有可作模板的年份（应有以年份命名的文件夹，如 content/2017/）。new-year 以最新的已有年份为模板创建新的一年。请在项目根目录中运行，或手动创建第一个年份。`,
    );
  }
  if (year <= latest) {
    return refuse(
      `没有创建：${year} 年不晚于最新的年份 ${latest} 年（content/${latest}/）。new-year 只在最新年份之后添加新的一年，以最新年份的结构为模板。请选一个更晚的年份，如 ${latest + 1}；要补一份更早的报告，请手动创建它的文件夹。`,
    );
  }

  const read = readContent(root, { showDrafts: true });
  const source = {
    content: read.years.find((y) => y.year === latest)!,
    problems: read.read.filter((p) => p.file.startsWith(`content/${latest}/`)),
  };
  const { report, kpis, pillars } = source.content;
  const missing = ['report.json', 'kpis.json', 'pillars.json']
    .filter((name) => !existsSync(join(root, 'content', String(latest), name)))
    .map((name) => `缺少 content/${latest}/${name}。`);
  const unreadable = [...source.problems.map(formatProblem), ...missing];
  if (unreadable.length > 0 || !report || !kpis || !pillars) {
    return refuse(
      `没有创建：无法以 ${latest} 年为模板创建 ${year} 年：${unreadable.join(' ')} new-year 要复制最新年份的结构，请先改正这些问题（npm run check 会列出所有内容问题）。`,
    );
  }
  const plan = await planYear({
    root,
    from: latest,
    year,
    report: report.data,
    kpis: kpis.data,
    chapters: source.content.chapters,
  });

  const written = writeFolder(root, folder, plan.files);
  if (!written.ok) return written;
  const files = plan.files.map((file) => `${folder}/${file.path}`);
  return {
    ok: true,
    year,
    from: latest,
    folder: `${folder}/`,
    files,
    kpiRows: plan.kpiRows,
    report: formatReport({ ...plan, year, from: latest, folder, files }),
  };
}

// ---------------------------------------------------------------------------------------------
// The new year's files

interface PlannedFile {
  /** Path inside the new year folder, with forward slashes. */
  path: string;
  contents: string;
}

interface Plan {
  files: PlannedFile[];
  /** The chapter files, relative to the new year folder. */
  chapters: string[];
  kpiRows: number;
  /** The earlier years of the new KPI table that carry values over from the latest year. */
  carriedYears: number[];
  /** Whether report.json's title named the old year (and now names the new one). */
  titleUpdated: boolean;
}

async function planYear({
  root,
  from,
  year,
  report,
  kpis,
  chapters,
}: {
  root: string;
  from: number;
  year: number;
  report: { title: string; organisation: string; chapters: string[] };
  kpis: KpiTable;
  chapters: readonly { file: string; data: ChapterData; body?: string }[];
}): Promise<Plan> {
  const source = `content/${from}`;
  const title = report.title.replaceAll(String(from), String(year));
  const kpiPlan = planKpis(kpis, year);
  const chapterFiles = [...chapters].sort((a, b) => a.file.localeCompare(b.file));
  const files: PlannedFile[] = [
    {
      path: 'report.json',
      contents: await formatJson({
        year,
        title,
        organisation: report.organisation,
        period: { start: `${year}-01-01`, end: `${year}-12-31` },
        chapters: report.chapters,
        draft: true,
      }),
    },
    // The model's descriptions carry over as written; the checklist asks for the new initiatives.
    { path: 'pillars.json', contents: readFileSync(join(root, source, 'pillars.json'), 'utf8') },
    { path: 'kpis.json', contents: await formatJson(kpiPlan.table) },
    { path: 'honours.json', contents: await formatJson({ honours: [] }) },
    { path: 'tables.json', contents: await formatJson({ tables: [] }) },
    { path: 'cases/.gitkeep', contents: '' },
    ...chapterFiles.map((chapter) => ({
      path: `chapters/${basename(chapter.file)}`,
      contents: scaffoldChapter(chapter.data, chapter.body ?? ''),
    })),
  ];
  return {
    files,
    chapters: chapterFiles.map((chapter) => `chapters/${basename(chapter.file)}`),
    kpiRows: kpiPlan.rows,
    carriedYears: kpiPlan.carriedYears,
    titleUpdated: title !== report.title,
  };
}

/** kpis.json as an editor writes it. */
type KpiTableInput = z.input<typeof kpiTableSchema>;

/**
 * kpis.json of the new year: the same rows, the earlier years' values as printed, no new value,
 * and the lists an editor may need to fill in (restatements, corrections, unitChanges) present and empty.
 */
function planKpis(
  table: KpiTable,
  year: number,
): { table: KpiTableInput; rows: number; carriedYears: number[] } {
  const years = Array.from({ length: KPI_YEARS }, (_, i) => year - KPI_YEARS + 1 + i);
  const earlier = years.slice(0, -1).map(String);
  const carried = new Set<string>();
  let rows = 0;
  const groups = table.groups.map((group) => ({
    id: group.id,
    name: group.name,
    rows: group.rows.map((row) => {
      rows++;
      const values = Object.fromEntries(
        Object.entries(row.values).filter(([key]) => earlier.includes(key)),
      );
      Object.keys(values).forEach((key) => carried.add(key));
      // What a carried value measures does not change with the report that reprints it.
      const measureByYear = Object.fromEntries(
        Object.entries(row.measureByYear ?? {}).filter(([key]) => key in values),
      );
      return {
        id: row.id,
        name: row.name,
        unit: row.unit,
        ...(row.basis === undefined ? {} : { basis: row.basis }),
        values,
        measure: row.measure,
        ...(Object.keys(measureByYear).length > 0 ? { measureByYear } : {}),
        pillars: row.pillars,
      };
    }),
  }));
  return {
    table: {
      title: table.title,
      years,
      groups,
      restatements: [],
      corrections: [],
      unitChanges: [],
    },
    rows,
    carriedYears: earlier.filter((key) => carried.has(key)).map(Number),
  };
}

/**
 * A chapter of the new year: the frontmatter's title, pillars and sections; a body of the old
 * chapter's ## and ### headings, each with a placeholder, and the data views where they stood.
 */
export function scaffoldChapter(
  data: Pick<ChapterData, 'title' | 'pillars' | 'sections'>,
  body: string,
): string {
  const { title, pillars, sections } = data;
  const frontmatter = new Document({
    title,
    pillars,
    sections: sections.map((section) => ({ heading: section.heading, pillars: section.pillars })),
    figures: [],
    photos: [],
  });
  // Lists of ids on one line, like the chapters editors write: `pillars: [concept, production]`.
  for (const path of [['pillars'], ...sections.map((_, i) => ['sections', i, 'pillars'])]) {
    const node = frontmatter.getIn(path, true);
    if (isSeq(node)) node.flow = true;
  }

  const headings = headingsOfText(body).filter((h) => h.depth >= 2 && h.depth <= 3);
  const kept = tagsOfText(body).filter((tag) =>
    (KEPT_TAGS as readonly string[]).includes(tag.name),
  );
  const tagText = (tag: (typeof kept)[number]) =>
    `<${[tag.name, ...Object.entries(tag.attributes).map(([k, v]) => `${k}="${v}"`)].join(' ')} />`;
  const under = (start: number, end: number) =>
    kept.filter((tag) => tag.line > start && tag.line < end).map(tagText);

  const blocks: string[] = under(0, headings[0]?.line ?? Infinity);
  headings.forEach((heading, i) => {
    blocks.push(`${'#'.repeat(heading.depth)} ${heading.text}`, SECTION_PLACEHOLDER);
    blocks.push(...under(heading.line, headings[i + 1]?.line ?? Infinity));
  });
  if (blocks.length === 0) blocks.push(CHAPTER_PLACEHOLDER);
  // No line folding: a long title stays on its line.
  const yaml = frontmatter.toString({
    lineWidth: 0,
    singleQuote: true,
    flowCollectionPadding: false,
  });
  return `---\n${yaml}---\n\n${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Writes all files into a hidden folder next to the target, then renames it: all or nothing. */
function writeFolder(
  root: string,
  folder: string,
  files: readonly PlannedFile[],
): Refusal | { ok: true } {
  const target = join(root, folder);
  let temporary: string | undefined;
  try {
    temporary = mkdtempSync(join(dirname(target), `.new-year-${folder.split('/').at(-1)}-`));
    for (const file of files) {
      const path = join(temporary, ...file.path.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    renameSync(temporary, target);
    return { ok: true };
  } catch (error) {
    if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true });
    return refuse(
      `没有创建：无法写入 ${folder}/（${(error as Error).message}），什么都没有写入。请确认 content/ 文件夹可写，然后再试一次。`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// What to print

function formatReport(input: {
  year: number;
  from: number;
  folder: string;
  files: readonly string[];
  chapters: readonly string[];
  kpiRows: number;
  carriedYears: readonly number[];
  titleUpdated: boolean;
}): string {
  const { year, from, folder, files, chapters, kpiRows, carriedYears, titleUpdated } = input;
  const carried = carriedYears.map((y) => `${y}`).join('、');
  const steps = [
    `已创建 ${folder}/（以 ${from} 年为模板）。report.json 中标有 "draft": true：这一年只在 npm run dev 中显示，不会发布。${titleUpdated ? '' : `report.json 的 title 中没有 ${from}，请手动改为 ${year} 年的标题。`}`,
    [
      `逐章填写正文。各章保留了标题、## / ### 小节标题和 frontmatter 中的 sections，每个小节下的 ${SECTION_PLACEHOLDER} 处换成 ${year} 年的文字（小节有增删时，同时修改 sections）：`,
      ...chapters.map((chapter) => `   - ${folder}/${chapter}`),
    ].join('\n'),
    `在 ${folder}/cases/ 中为每个案例新建 <id>.mdx（frontmatter 写明 chapter、section 等），并在所属章节的对应小节下用 <Case id="…" /> 放置。`,
    `在章节 frontmatter 的 figures 和 photos 中添加关键数字与图片说明，并在正文中用 <KeyFigures section="…" /> 和 <Photos section="…" /> 放置。`,
    `在 ${folder}/kpis.json 中为全部 ${kpiRows} 行指标填写 ${year} 年数值（"${year}": 数值）；报告印作“-”的，写 "${NOT_REPORTED}"。未填写前，内容检查会逐行报告缺少 ${year} 年数值。`,
    carried === ''
      ? `kpis.json 的往年列没有可沿用的数值（${from} 年的表中没有这些年份）：请按新报告填写。`
      : `核对从 ${from} 年报告沿用的 ${carried} 年数值与新报告是否一致；新报告重述（更正）的往年数值须在 kpis.json 的 "restatements" 中声明（{ "kpi": 指标 id, "year": 年份, "reason": 原因 }），未声明的差异会使检查失败。`,
    `更新 ${folder}/pillars.json 中各支柱的 initiative（本年倡议）；降碳模型的 description 有变化时一并修改。`,
    `在 ${folder}/honours.json 中添加本年绿色荣誉；在 ${folder}/tables.json 中添加正文中的表格，并用 <DataTable id="…" /> 放置。`,
    `用 npm run dev 预览：http://localhost:4321/${year}/（草稿年份尚未填完时，预览照常显示，终端中以警告列出待完成的问题）。`,
    `运行 npm run check 检查。`,
    `全部完成后，删除 ${folder}/report.json 中的 "draft": true（报告注明发布日期的，加上 "published": "YYYY-MM-DD"），再运行 npm run seal -- ${year} 封存这一年（记录在 content/published.json），这一年才会发布。`,
  ];
  return [
    `已创建 ${files.length} 个文件：`,
    ...files.map((file) => `  ${file}`),
    '',
    `${year} 年报告编辑清单：`,
    ...steps.map((step, i) => `${i + 1}. ${step}`),
    '',
    '详见 content/README.md。',
  ].join('\n');
}
