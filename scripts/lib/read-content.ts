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
import type { Sourced, YearContent } from '../../src/data/year-content.ts';

export interface ReadResult {
  content: YearContent;
  /** Problems of single files: unreadable JSON or YAML, schema failures. */
  problems: ContentProblem[];
}

/** Reads content/<year>/ below `root` (the project root, or a fixture's). */
export function readYear(root: string, year: number): ReadResult {
  const problems: ContentProblem[] = [];
  const folder = join(root, 'content', String(year));
  const rel = (path: string) => relative(root, path);

  const validate = <S extends z.ZodType>(
    schema: S,
    file: string,
    raw: unknown,
  ): z.output<S> | undefined => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({
        file: rel(file),
        field: issue.path.join('.') || '(file)',
        message: issue.message,
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
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push({
        file: rel(file),
        field: '(file)',
        message: `The file is not valid JSON: ${(error as Error).message}`,
      });
      return undefined;
    }
    const data = validate(schema, file, raw);
    return data === undefined ? undefined : { id: String(year), file: rel(file), data };
  };
  const readMdx = <S extends z.ZodType>(dir: string, schema: S): Sourced<z.output<S>>[] => {
    const path = join(folder, dir);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .flatMap((name) => {
        const file = join(path, name);
        const text = readFileSync(file, 'utf8');
        const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
        const frontmatter = match ? parseYaml(match[1] ?? '') : {};
        const data = validate(schema, file, frontmatter ?? {});
        if (data === undefined) return [];
        return [
          {
            id: splitEntryId(entryIdFromPath(`${year}/${dir}/${name}`)).slug,
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
  };
  return { content, problems };
}
