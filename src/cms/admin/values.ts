/**
 * Reading and writing the values of the CMS's own widgets (widgets.ts), apart from React: a KPI
 * cell is a number or a word such as "not-reported"; a record keyed by year keeps its keys' order.
 */

/** A KPI cell as the editor typed it: a number, one of `words`, or the text unchanged (invalid). */
export function parseCell(text: string, words: readonly string[]): number | string {
  const trimmed = text.trim();
  if (words.includes(trimmed)) return trimmed;
  if (/^-?\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

/** Why a cell is not a number or one of `words`, in the check's words; undefined when it is. */
export function cellProblem(value: unknown, words: readonly string[]): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return undefined;
  if (typeof value === 'string' && words.includes(value)) return undefined;
  return `应为不带单位和引号的数字（如 14.45），报告印作“-”处写 "${words[0] ?? ''}"，实际为 "${String(value ?? '')}"`;
}

/** Why a record's keys do not fit `keyPattern`, or repeat; undefined when they fit. */
export function keysProblem(keys: readonly string[], keyPattern: string): string | undefined {
  const pattern = new RegExp(keyPattern);
  const bad = keys.find((key) => !pattern.test(key));
  if (bad !== undefined) return `应为四位数年份作键（如 "2017"），实际为 "${bad}"`;
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated !== undefined) return `年份 "${repeated}" 写了两次`;
  return undefined;
}

const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a new case's id cannot be its file name, in Chinese; undefined when it can. */
export function fileIdProblem(value: unknown, taken: readonly string[]): string | undefined {
  const id = typeof value === 'string' ? value : '';
  if (id === '') return '新建的案例需要一个标识（文件名），如 "solar-plant"';
  if (!FILE_ID.test(id))
    return `应为由小写英文字母、数字和连字符组成的标识（如 "solar-plant"），实际为 "${id}"`;
  if (taken.includes(id)) return `标识 "${id}" 已被本年的另一个案例使用，请换一个`;
  return undefined;
}
