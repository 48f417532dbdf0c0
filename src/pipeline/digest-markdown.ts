/**
 * The pull request's digest (`npm run changes`): what a change does to the report, as Markdown in
 * Chinese for the editors and reviewers, from the typed diff (content-diff.ts). Content text is
 * untrusted: every piece of it is escaped, so a title cannot become a link, an image, HTML, a
 * mention or a table cell of its own. Ids and paths are shown as code.
 */
import type { ContentProblem } from '../data/content/problems.ts';
import { formatNumber } from '../data/text/format.ts';
import { NOT_REPORTED, type KpiValue } from '../schemas/kpi.ts';
import type { EntryChange, EntryKind, YearDiff, YearState } from './content-diff.ts';
import type { Declaration, KpiFigureChange } from './kpi-diff.ts';
import type { ExcerptPart } from './prose-diff.ts';

/** The hidden line by which the workflow finds its own comment on the pull request. */
export const DIGEST_MARKER = '<!-- content-digest -->';
/** GitHub's limits: a comment's body (characters), a step's job summary (bytes). */
export const COMMENT_LIMIT = 65_536;
export const SUMMARY_LIMIT = 1_048_576;
/** Annotations of each kind GitHub shows for one step; the rest are only in the step's log. */
export const ANNOTATIONS_SHOWN = 10;
/** Changed paragraphs shown per file; the rest are counted. */
export const PARAGRAPHS_SHOWN = 5;

export interface DigestInput {
  /** The git ref compared with. */
  base: string;
  years: readonly YearDiff[];
  /** The check's problems and warnings on the new content. */
  problems: readonly ContentProblem[];
  warnings: readonly ContentProblem[];
  /** What is left to do in draft years (stops nothing until the year is finished). */
  pending?: readonly ContentProblem[];
}

/**
 * Content text made inert: Markdown and HTML punctuation as numeric character references, line
 * breaks as spaces. `:` too, so that no scheme (https:, javascript:) starts a link.
 */
export const escapeText = (text: string) =>
  text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>&"'|~#@$:]/g, (c) => `&#${c.codePointAt(0)};`);

/** An id or path as inline code (backticks in it cannot end the span). */
export const code = (text: string) => `\`${text.replace(/[`\r\n]/g, '\uFF40')}\``;

const STATE: Record<YearState, string> = {
  absent: '无',
  draft: '草稿',
  finished: '已完成，未封存',
  sealed: '已封存',
};
const KIND: Record<EntryKind, string> = {
  report: '报告信息',
  pillars: '五大支柱',
  chapter: '章节',
  case: '案例',
  table: '表格',
  honour: '荣誉',
  photo: '照片',
};
const CHANGE = { added: '新增', removed: '删除', changed: '修改' } as const;
const DECLARATION: Record<Declaration, string> = {
  restatement: '重述（`restatements`）',
  correction: '更正（`corrections`）',
  'unit-change': '单位变更（`unitChanges`）',
};

/** A figure as the report and the site print it (no digit grouping, as the report). */
const value = (v: KpiValue | undefined) =>
  v === undefined ? '—' : v === NOT_REPORTED ? '未填报' : formatNumber(v);

/**
 * The order of a year's figures: undeclared changes to a sealed year first, then the other changes
 * to figures that were there before (a reviewer's questions), then new figures; table order within.
 */
const reviewRank = (k: KpiFigureChange) =>
  k.undeclaredInSealedYear ? 0 : k.before !== undefined ? 1 : 2;

function kpiRow(k: KpiFigureChange): string {
  const flag = k.undeclaredInSealedYear ? '⚠' : '';
  const unit = k.unitBefore
    ? `${escapeText(k.unitBefore)} → ${escapeText(k.unit)}`
    : escapeText(k.unit);
  const declared =
    k.declaredBy.length > 0
      ? k.declaredBy.map((d) => DECLARATION[d]).join('、')
      : k.undeclaredInSealedYear
        ? '**未声明**（已封存的年份）'
        : k.before === undefined
          ? '新数值'
          : '未声明';
  const before = k.earlierReport
    ? `${value(k.before)}（${k.earlierReport} 年报告）`
    : value(k.before);
  return `| ${flag} | ${escapeText(k.name)}（${code(k.kpi)}） | ${k.dataYear} | ${before} → ${value(k.after)} | ${unit} | ${declared} |`;
}

const excerpt = (parts: readonly ExcerptPart[]) =>
  parts
    .map((p) =>
      p.type === 'same'
        ? escapeText(p.text)
        : p.type === 'removed'
          ? `<del>${escapeText(p.text)}</del>`
          : `<ins>${escapeText(p.text)}</ins>`,
    )
    .join('');

function entryLines(e: EntryChange): string[] {
  const where = e.chapter && e.kind !== 'chapter' ? `，在章节 ${code(e.chapter)}` : '';
  const fields = e.fields.length > 0 ? `；字段 ${e.fields.map(code).join('、')}` : '';
  const prose = e.prose.length > 0 ? `；正文 ${e.prose.length} 段` : '';
  const lines = [
    `- ${CHANGE[e.change]}${KIND[e.kind]}「${escapeText(e.title)}」（${code(e.file)}${where}）${fields}${prose}`,
  ];
  for (const p of e.prose.slice(0, PARAGRAPHS_SHOWN))
    lines.push(`  - ${CHANGE[p.change]}：${excerpt(p.excerpt)}`);
  if (e.prose.length > PARAGRAPHS_SHOWN)
    lines.push(`  - 另有 ${e.prose.length - PARAGRAPHS_SHOWN} 段改动未列出`);
  return lines;
}

function yearSection(y: YearDiff): string[] {
  const state =
    y.before === y.after ? STATE[y.after] : `${STATE[y.before]} → **${STATE[y.after]}**`;
  const lines = [`### ${y.year} 年（${state}）`, ''];
  const flagged = y.kpis.filter((k) => k.undeclaredInSealedYear);
  if (flagged.length > 0)
    lines.push(
      `> ⚠ **${flagged.length} 项已封存的数据被改动，但 ${code(`content/${y.year}/kpis.json`)} 没有声明**（\`corrections\`、\`restatements\` 或 \`unitChanges\`）。请确认是否有意，并补上声明。`,
      '',
    );
  if (y.unreadable.length > 0)
    lines.push(
      `无法读取、未作比较的文件：${y.unreadable.map(code).join('、')}（见下方检查的问题）。`,
      '',
    );
  if (y.kpis.length > 0)
    lines.push(
      `#### 降碳绩效数据（${y.kpis.length} 项）`,
      '',
      '|  | 指标 | 数据年份 | 原值 → 新值 | 单位 | 声明 |',
      '| --- | --- | --- | --- | --- | --- |',
      ...[...y.kpis].sort((a, b) => reviewRank(a) - reviewRank(b)).map(kpiRow),
      '',
    );
  if (y.carriedKpis > 0)
    lines.push(`另有 ${y.carriedKpis} 项往年数值与上一年的报告相同，未列出。`, '');
  if (y.entries.length > 0)
    lines.push(
      `#### 章节、案例、表格、荣誉和照片（${y.entries.length} 处）`,
      '',
      ...y.entries.flatMap(entryLines),
      '',
    );
  if (y.pages.length + y.pdfs.length > 0) {
    const draft =
      y.after === 'draft' ? '（草稿年份：只在预览构建 `npm run build:preview` 中）' : '';
    lines.push(`#### 内容有变化的页面和 PDF${draft}`, '');
    lines.push(...y.pages.map((p) => `- ${escapeText(p.label)}：${code(p.path)}`));
    lines.push(...y.pdfs.map((p) => `- PDF ${escapeText(p.label)}：${code(p.path)}`));
    lines.push('');
  }
  return lines;
}

function countByRule(list: readonly ContentProblem[]): string {
  const counts = new Map<string, number>();
  for (const p of list) counts.set(p.rule ?? 'content', (counts.get(p.rule ?? 'content') ?? 0) + 1);
  return [...counts].map(([rule, n]) => `${code(rule)} ${n}`).join('，');
}

/** The whole digest, unlimited. */
export function digestMarkdown({
  base,
  years,
  problems,
  warnings,
  pending = [],
}: DigestInput): string {
  const check =
    problems.length > 0
      ? `✘ \`npm run check\`：**${problems.length} 个问题**（${countByRule(problems)}），改正后才能发布。问题标在文件改动的行旁边${problems.length > ANNOTATIONS_SHOWN ? `（GitHub 只标出前 ${ANNOTATIONS_SHOWN} 个，全部问题见检查步骤的输出或本地的 \`npm run check\`）` : ''}。`
      : '✔ `npm run check`：没有问题。';
  const warned =
    warnings.length > 0
      ? ` ${warnings.length} 个警告（${countByRule(warnings)}），请确认是否有意如此。`
      : '';
  const left =
    pending.length > 0
      ? ` 草稿年份中还有 ${pending.length} 处待完成（${countByRule(pending)}）：草稿不发布，不阻止合并，完成和封存之前须全部改正。`
      : '';
  // Warnings and a draft's to-do items are both annotated as warnings, which GitHub caps apart.
  const notShown =
    warnings.length + pending.length > ANNOTATIONS_SHOWN
      ? ` 警告和待完成项 GitHub 只在改动的行旁标出前 ${ANNOTATIONS_SHOWN} 个，全部见检查步骤的输出或本地的 \`npm run check\`。`
      : '';
  const lines = [
    DIGEST_MARKER,
    `## 报告内容的变化（与 ${code(base)} 相比）`,
    '',
    `${check}${warned}${left}${notShown}`,
    '',
  ];
  if (years.length === 0) lines.push('报告内容没有变化。', '');
  const sorted = [...years].sort(
    (a, b) =>
      Number(b.kpis.some((k) => k.undeclaredInSealedYear)) -
        Number(a.kpis.some((k) => k.undeclaredInSealedYear)) || a.year - b.year,
  );
  for (const y of sorted) lines.push(...yearSection(y));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The digest cut at a line so that it fits a limit (in characters, or in UTF-8 bytes), with a note
 * of how much was left out and where the whole is.
 */
export function fitDigest(
  markdown: string,
  limit: number,
  { unit = 'chars', whole }: { unit?: 'chars' | 'bytes'; whole: string },
): string {
  const size = (text: string) => (unit === 'bytes' ? Buffer.byteLength(text) : text.length);
  if (size(markdown) <= limit) return markdown;
  const lines = markdown.split('\n');
  const note = (left: number) =>
    `\n\n---\n\n**摘要太长，后面 ${left} 行没有显示**（GitHub 的上限是 ${limit} ${unit === 'bytes' ? '字节' : '个字符'}）。完整的摘要：${whole}\n`;
  let kept = lines.length;
  while (kept > 0 && size(lines.slice(0, kept).join('\n') + note(lines.length - kept)) > limit)
    kept -= Math.max(1, Math.floor(kept * 0.05));
  return lines.slice(0, kept).join('\n') + note(lines.length - kept);
}
