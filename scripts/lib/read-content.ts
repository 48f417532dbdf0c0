/**
 * Reads a year folder of content/ the way Astro's loaders do (JSON files, MDX frontmatter and body)
 * and validates each file with its schema, outside Astro: for unit tests and editor tools.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { caseSchema } from '../../src/schemas/case.ts';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { dataTablesFileSchema } from '../../src/schemas/data-table.ts';
import { honoursFileSchema } from '../../src/schemas/honour.ts';
import { kpiTableSchema } from '../../src/schemas/kpi.ts';
import { pillarsFileSchema } from '../../src/schemas/pillar.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { entryIdFromPath, splitEntryId } from '../../src/data/entry-id.ts';
import type { ContentProblem } from '../../src/data/problems.ts';
import { describeIssue, fieldPath } from '../../src/data/schema-problems.ts';
import { lineOfPath } from './locate.ts';
import { sourceText } from '../../src/data/rules/source-text.ts';
import { fileEncoding } from '../../src/data/rules/file-encoding.ts';
import { runRules } from '../../src/data/rules/run.ts';
import { jsonNumberRange } from './rules/json-number-range.ts';
import { jsonSyntax } from './rules/json-syntax.ts';

/** The rules that say why a file could not be read at all (the check runs them on every file). */
const FILE_RULES = [fileEncoding, jsonSyntax, jsonNumberRange];
import type { Sourced, YearContent } from '../../src/data/year-content.ts';

export interface ReadResult {
  content: YearContent;
  /**
   * Problems of single files: text that is not UTF-8 or not JSON (with its rule), frontmatter
   * that is not YAML (field "frontmatter"), schema failures.
   */
  problems: ContentProblem[];
}

/** Reads content/<year>/ below `root` (the project root, or a fixture's). */
export function readYear(root: string, year: number): ReadResult {
  const problems: ContentProblem[] = [];
  const unreadable = new Set<string>();
  const folder = join(root, 'content', String(year));
  const rel = (path: string) => relative(root, path);

  /** Validates one file's data; `source` and `firstLine` locate each problem in the file. */
  const validate = <S extends z.ZodType>(
    schema: S,
    file: string,
    raw: unknown,
    source: string,
    firstLine = 1,
  ): z.output<S> | undefined => {
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      // An unknown field is found at its own key; anything else at its path.
      const where =
        issue.code === 'unrecognized_keys'
          ? [...issue.path, ...issue.keys.slice(0, 1)]
          : issue.path;
      const line = lineOfPath(source, where, firstLine);
      problems.push({
        file: rel(file),
        field: fieldPath(issue.path),
        ...(line ? { line } : {}),
        message: describeIssue(
          issue as Parameters<typeof describeIssue>[0],
          issue.code === 'unrecognized_keys' ? knownKeysAt(schema, issue.path) : [],
        ),
      });
    }
    return undefined;
  };
  const readJson = <S extends z.ZodType>(
    name: string,
    schema: S,
  ): Sourced<z.output<S>> | undefined => {
    const file = join(folder, name);
    if (!existsSync(file)) return undefined;
    const source = { file: rel(file), bytes: readFileSync(file) };
    const text = sourceText(source);
    const raw = text === undefined ? undefined : parseJson(text);
    if (raw === undefined) {
      unreadable.add(name);
      problems.push(...runRules(FILE_RULES, { sources: [source], years: [] }));
      return undefined;
    }
    const data = validate(schema, file, raw, text ?? '');
    if (data === undefined) unreadable.add(name);
    return data === undefined ? undefined : { id: String(year), file: rel(file), data };
  };
  const readMdx = <S extends z.ZodType>(dir: string, schema: S): Sourced<z.output<S>>[] => {
    const path = join(folder, dir);
    if (!existsSync(path)) return [];
    const ids = new Set<string>();
    return readdirSync(path)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .flatMap((name) => {
        const file = join(path, name);
        const id = splitEntryId(entryIdFromPath(`${year}/${dir}/${name}`)).slug;
        // A second file with the same id is reported by unique-entry-id.
        if (ids.has(id)) return [];
        ids.add(id);
        const source = { file: rel(file), bytes: readFileSync(file) };
        const text = sourceText(source);
        if (text === undefined) {
          unreadable.add(`${dir}/${id}`);
          problems.push(...runRules(FILE_RULES, { sources: [source], years: [] }));
          return [];
        }
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
        let frontmatter: unknown;
        try {
          frontmatter = match ? parseYaml(match[1] ?? '') : {};
        } catch (error) {
          const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
          problems.push({
            file: rel(file),
            field: 'frontmatter',
            ...(line ? { line: line + 1 } : {}),
            message: `The frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
          });
          unreadable.add(`${dir}/${id}`);
          return [];
        }
        const data = validate(schema, file, frontmatter ?? {}, match?.[1] ?? '', 2);
        if (data === undefined) {
          unreadable.add(`${dir}/${id}`);
          return [];
        }
        return [
          {
            id,
            file: rel(file),
            data,
            body: match ? text.slice(match[0].length) : text,
            bodyStartLine: match ? match[0].split('\n').length - 1 : 0,
          },
        ];
      });
  };

  const content: YearContent = {
    year,
    report: readJson('report.json', reportSchema),
    chapters: readMdx('chapters', chapterSchema),
    cases: readMdx('cases', caseSchema),
    pillars: readJson('pillars.json', pillarsFileSchema),
    honours: readJson('honours.json', honoursFileSchema),
    kpis: readJson('kpis.json', kpiTableSchema),
    tables: readJson('tables.json', dataTablesFileSchema),
    unreadable,
  };
  return { content, problems };
}

/** The data of a JSON text, or undefined if it is not JSON or holds a number no float can hold. */
function parseJson(text: string): unknown {
  try {
    const data: unknown = JSON.parse(text);
    return hasInfinity(data) ? undefined : data;
  } catch {
    return undefined;
  }
}

const hasInfinity = (value: unknown): boolean =>
  typeof value === 'number'
    ? !Number.isFinite(value)
    : typeof value === 'object' && value !== null && Object.values(value).some(hasInfinity);

/** The field names an object schema allows at a path, for "did you mean" on a misspelt field. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
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
