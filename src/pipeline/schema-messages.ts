/**
 * Turns a zod issue into a sentence an editor can act on: what was found, what was expected, and
 * how to fix it, in Chinese. Our own schema messages already say so ("应为…，实际为…") and are kept.
 */
import type { z } from 'astro/zod';
import { list, oddCharacters, showValue, suggest } from '../data/content/problems.ts';

interface Issue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: readonly unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

const EXPECTED: Record<string, string> = {
  string: '文字（写在引号中）',
  number: '不带单位和引号的数字',
  boolean: 'true 或 false',
  array: '列表（[…]）',
  object: '对象（{…}）',
};

export function describeIssue(issue: Issue, knownKeys: readonly string[] = []): string {
  // Our own schema messages (src/schemas/common.ts) already say what is expected and found.
  if (issue.message.startsWith('应为')) return sentence(issue.message);
  const expected = EXPECTED[issue.expected ?? ''] ?? issue.expected;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `缺少这个必填字段。请添加它，值应为${expected}。`
        : `应为${expected}，实际为 ${showValue(issue.input)}。${oddCharacters(issue.input)}`;
    case 'unrecognized_keys':
      return (issue.keys ?? [])
        .map(
          (key) =>
            `${showValue(key)} 不是这里的字段。${oddCharacters(key)}${suggest(key, knownKeys)}请删除它或改正字段名${knownKeys.length ? `；这里的字段有 ${list(knownKeys)}` : ''}。`,
        )
        .join('');
    case 'invalid_value':
      return `${showValue(issue.input)} 不是允许的值。应为其中之一：${list((issue.values ?? []).map(String))}。${oddCharacters(issue.input)}${suggest(String(issue.input), (issue.values ?? []).map(String))}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `这个列表应至少有 ${issue.minimum} 项，实际有 ${Array.isArray(issue.input) ? issue.input.length : 0} 项。`
        : `应不小于 ${issue.minimum}，实际为 ${showValue(issue.input)}。`;
    case 'too_big':
      return issue.origin === 'array'
        ? `这个列表应至多有 ${issue.maximum} 项，实际有 ${Array.isArray(issue.input) ? issue.input.length : 0} 项。`
        : `应不大于 ${issue.maximum}，实际为 ${showValue(issue.input)}。`;
    default:
      // zod's own English wording, for a case none of our schemas is known to produce.
      return `值不符合要求（${issue.message}），实际为 ${showValue(issue.input)}。`;
  }
}

/** A message as a sentence, ending in one 。 */
const sentence = (message: string) => (/[。？]$/.test(message) ? message : `${message}。`);

/** A zod path as an editor reads it: groups[1].rows[0].values.2017 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (text, key) =>
        typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
      '',
    ) || '(file)'
  );
}

/** The field names an object schema allows at a path, for "did you mean" on a misspelt field. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (node: unknown): unknown => {
    let inner = node as { unwrap?: () => unknown; def?: { innerType?: unknown } };
    while (inner && (typeof inner.unwrap === 'function' || inner.def?.innerType)) {
      inner = (
        typeof inner.unwrap === 'function' ? inner.unwrap() : inner.def?.innerType
      ) as typeof inner;
    }
    return inner;
  };
  for (const key of path) {
    const node = unwrap(current) as
      { shape?: Record<string, unknown>; element?: unknown } | undefined;
    // unwrap() already steps from a list to its element (zod 4 arrays have unwrap too).
    current = typeof key === 'number' ? (node?.element ?? node) : node?.shape?.[String(key)];
  }
  const node = unwrap(current) as { shape?: Record<string, unknown> };
  return Object.keys(node?.shape ?? {});
}
