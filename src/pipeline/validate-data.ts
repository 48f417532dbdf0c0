/**
 * One file's data against its kind's schema, each problem told in Chinese at its field (and line,
 * where the file's text is given). Pure: the content reader and the CMS's check of an entry before
 * it is saved (src/cms/entry-check.ts) both use it, so both say the same words.
 */
import type { z } from 'astro/zod';
import type { ContentProblem } from '../data/content/problems.ts';
import { lineOfPath } from './locate.ts';
import { describeIssue, fieldPath, knownKeysAt } from './schema-messages.ts';

/** Validates one file's data; `text` and `firstLine` locate each problem in the file. */
export function validateData(
  schema: z.ZodType,
  file: string,
  raw: unknown,
  text: string,
  firstLine: number,
  read: ContentProblem[],
): unknown {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown field is told at its own key and line, one problem per key.
    const perKey =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key] }))
        : [issue];
    for (const told of perKey) {
      const line = lineOfPath(text, told.path, firstLine);
      read.push({
        file,
        field: fieldPath(told.path),
        ...(line ? { line } : {}),
        message: describeIssue(
          told as Parameters<typeof describeIssue>[0],
          issue.code === 'unrecognized_keys' ? knownKeysAt(schema, issue.path) : [],
        ),
        rule: 'schema',
      });
    }
  }
  return undefined;
}
