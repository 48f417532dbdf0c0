/** A problem in the content, told so that an editor can find and fix it, in Chinese. */
export interface ContentProblem {
  /** The file, relative to the project root, e.g. content/2017/cases/x.mdx. */
  file: string;
  /** The field path in that file, e.g. figures[2].value, or "body" for the MDX text. */
  field: string;
  /** The line in the file, where known. */
  line?: number;
  /** What was found, what is expected and how to fix it, in full sentences. */
  message: string;
  /** The id of the rule that found it (content/README.md lists every rule), set by the runner. */
  rule?: string;
  /** A warning is printed and counted but stops nothing: possible, yet worth a second look. */
  severity?: 'error' | 'warning';
}

export const isWarning = (problem: ContentProblem) => problem.severity === 'warning';

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const rule = problem.rule ? ` [${problem.rule}]` : '';
  return `${where} › ${problem.field}：${problem.message}${rule}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return `内容有 ${problems.length} 个问题，什么都没有发布：\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}\n\n改正后再运行 npm run check。content/README.md 说明了每个字段和每条规则。`;
}

/** Thrown by the build when the content is not consistent; the message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole story: a stack trace under it would only hide it.
    this.stack = '';
  }
}

const INVISIBLE_NAMES: Record<number, string> = {
  0x00a0: '不换行空格',
  0x00ad: '软连字符',
  0x200b: '零宽空格',
  0x200c: '零宽非连接符',
  0x200d: '零宽连接符',
  0x200e: '从左到右标记',
  0x200f: '从右到左标记',
  0x2060: '词连接符',
  0x3000: '全角空格',
  0xfeff: '字节顺序标记',
};
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/gu;
const FULL_WIDTH = /[\uff01-\uff5e]+/gu;
const hex = (char: string) => char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/**
 * A value as a message shows it: text in quotes with every invisible character written out
 * ([U+200B]), so that what is wrong can be seen; other values as JSON.
 */
export function showValue(value: unknown): string {
  if (value === undefined) return '（空）';
  if (typeof value !== 'string') return JSON.stringify(value) ?? String(value);
  return JSON.stringify(value)
    .replace(/\\u([0-9a-f]{4})/g, (_, code: string) => `[U+${code.toUpperCase()}]`)
    .replace(INVISIBLE, (char) => `[U+${hex(char)}]`);
}

/**
 * What a message adds about characters that look like others or cannot be seen: "其中有看不见的
 * 字符 U+200B（零宽空格），请删除。", full-width digits and letters named with their plain form.
 */
export function oddCharacters(value: unknown): string {
  if (typeof value !== 'string') return '';
  const notes: string[] = [];
  const invisible = [...new Set(value.match(INVISIBLE) ?? [])];
  if (invisible.length > 0)
    notes.push(
      `其中有看不见的字符 ${invisible.map((c) => `U+${hex(c)}${INVISIBLE_NAMES[c.codePointAt(0)!] ? `（${INVISIBLE_NAMES[c.codePointAt(0)!]}）` : ''}`).join('、')}，请删除。`,
    );
  const fullWidth = value.match(FULL_WIDTH) ?? [];
  if (fullWidth.length > 0) {
    const plain = (text: string) =>
      text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCodePoint(c.codePointAt(0)! - 0xfee0));
    const digits = fullWidth.some((text) => /[０-９]/u.test(text));
    notes.push(
      `其中有全角${digits ? '数字' : '字符'}${fullWidth.map((t) => `“${t}”`).join('、')}，应写作半角${fullWidth.map((t) => `“${plain(t)}”`).join('、')}。`,
    );
  }
  return notes.join('');
}

/** The known value closest to a value, when one is close enough to be what was meant. */
export function suggestion(value: string, known: readonly string[]): string | undefined {
  const cleaned = value
    .replace(INVISIBLE, '')
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCodePoint(c.codePointAt(0)! - 0xfee0));
  return known
    .map((candidate) => ({ candidate, distance: editDistance(cleaned, candidate) }))
    .filter(({ distance, candidate }) => distance <= Math.max(2, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.distance - b.distance)[0]?.candidate;
}

/** "是否应为 "management"？" for a value that is close to one of the known ones. */
export function suggest(value: string, known: readonly string[]): string {
  const close = suggestion(value, known);
  return close === undefined ? '' : `是否应为 ${showValue(close)}？`;
}

/** Values as a message lists them: "a"、"b", or （无）. */
export const list = (values: Iterable<string>) =>
  [...values].map((v) => showValue(v)).join('、') || '（无）';

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}
