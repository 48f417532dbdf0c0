/**
 * The one table of content kinds: which files of a year folder are which kind, read how, checked
 * by which schema. src/content.config.ts, the content reader (src/pipeline/read-content.ts), the
 * check and the editors' tools all read it; nothing else names which file gets which schema.
 */
import type { z } from 'astro/zod';
import { caseSchema } from './case.ts';
import { chapterSchema } from './chapter.ts';
import { dataTablesFileSchema } from './data-table.ts';
import { honoursFileSchema } from './honour.ts';
import { kpiTableSchema } from './kpi.ts';
import { pillarsFileSchema } from './pillar.ts';
import { reportSchema } from './report.ts';

export interface ContentKind<S extends z.ZodType = z.ZodType> {
  /** The file, or a pattern of files (one `*`), inside a year folder. */
  pattern: string;
  /** JSON data, or MDX: YAML frontmatter (the schema's data) and a text. */
  format: 'json' | 'mdx';
  schema: S;
  /** Where a year's content holds it (YearContent), one entry or a list. */
  field: string;
  many: boolean;
}

const kind = <S extends z.ZodType>(k: ContentKind<S>) => k;

export const CONTENT_KINDS = {
  reports: kind({
    pattern: 'report.json',
    format: 'json',
    schema: reportSchema,
    field: 'report',
    many: false,
  }),
  chapters: kind({
    pattern: 'chapters/*.mdx',
    format: 'mdx',
    schema: chapterSchema,
    field: 'chapters',
    many: true,
  }),
  cases: kind({
    pattern: 'cases/*.mdx',
    format: 'mdx',
    schema: caseSchema,
    field: 'cases',
    many: true,
  }),
  pillars: kind({
    pattern: 'pillars.json',
    format: 'json',
    schema: pillarsFileSchema,
    field: 'pillars',
    many: false,
  }),
  honours: kind({
    pattern: 'honours.json',
    format: 'json',
    schema: honoursFileSchema,
    field: 'honours',
    many: false,
  }),
  kpis: kind({
    pattern: 'kpis.json',
    format: 'json',
    schema: kpiTableSchema,
    field: 'kpis',
    many: false,
  }),
  tables: kind({
    pattern: 'tables.json',
    format: 'json',
    schema: dataTablesFileSchema,
    field: 'tables',
    many: false,
  }),
} as const;

export type CollectionName = keyof typeof CONTENT_KINDS;
export const COLLECTION_NAMES = Object.keys(CONTENT_KINDS) as CollectionName[];

/** The kind of a path inside a year folder ("chapters/03-management.mdx"), if it is content. */
export function kindOfPath(path: string): CollectionName | undefined {
  return COLLECTION_NAMES.find((name) => matchesPattern(CONTENT_KINDS[name].pattern, path));
}

function matchesPattern(pattern: string, path: string): boolean {
  const [before, after] = pattern.split('*');
  if (after === undefined) return path === pattern;
  const middle = path.slice(before!.length, path.length - after.length);
  return (
    path.length > pattern.length - 1 &&
    path.startsWith(before!) &&
    path.endsWith(after) &&
    !middle.includes('/')
  );
}
