/**
 * Turns a zod issue into a sentence an editor can act on: what was found, what was expected, and
 * how to fix it. Our own schema messages already say so ("expected …, found …") and are kept.
 */
import type { z } from 'astro/zod';
import { suggest } from '../data/problems.ts';

interface Issue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: readonly unknown[];
  minimum?: number | bigint;
  origin?: string;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number without unit or quotes',
  boolean: 'true or false',
  array: 'a list ([…])',
  object: 'an object ({…})',
};

export function describeIssue(issue: Issue, knownKeys: readonly string[] = []): string {
  if (issue.message.startsWith('expected ')) return `${capitalise(issue.message)}.`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `This required field is missing. Add it, with ${EXPECTED[issue.expected ?? ''] ?? issue.expected} as its value.`
        : `Expected ${EXPECTED[issue.expected ?? ''] ?? issue.expected}, found ${show(issue.input)}.`;
    case 'unrecognized_keys':
      return (issue.keys ?? [])
        .map(
          (key) =>
            `"${key}" is not a field here.${suggest(key, knownKeys)} Remove it or correct its name${knownKeys.length ? `; the fields are ${knownKeys.map((k) => `"${k}"`).join(', ')}` : ''}.`,
        )
        .join(' ');
    case 'invalid_value':
      return `${show(issue.input)} is not allowed. Expected one of ${(issue.values ?? []).map(show).join(', ')}.${suggest(String(issue.input), (issue.values ?? []).map(String))}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `Expected at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'} in this list, found ${Array.isArray(issue.input) ? issue.input.length : 0}.`
        : `${capitalise(issue.message)}.`;
    default:
      return `${capitalise(issue.message)}${issue.input !== undefined ? ` (found ${show(issue.input)})` : ''}.`;
  }
}

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

const show = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value));
const capitalise = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1).replace(/\.$/, '');

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
