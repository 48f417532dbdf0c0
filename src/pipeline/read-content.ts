/**
 * The one content reader. The site's content loader (astro-loader.ts), `npm run check` and the
 * editors' tools read content/ only through it: every file named by the table of content kinds,
 * decoded, parsed (JSON, or MDX into its syntax tree with the site's processor) and validated by
 * its schema. What it could not read is reported, each problem with the rule that explains it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { mdxReason } from './mdx-messages.ts';
import { yamlProblem } from './yaml-messages.ts';
import type { z } from 'astro/zod';
import { CONTENT_KINDS, COLLECTION_NAMES, kindOfPath } from '../schemas/content-kinds.ts';
import { MDX_FEATURES } from '../mdx/features.ts';
import { entryIdFromPath, splitEntryId } from '../data/content/entry-id.ts';
import type { ContentProblem } from '../data/content/problems.ts';
import { validateData } from './validate-data.ts';
import { readSources, type SourceFile } from './sources.ts';
import { hasBom, sourceText } from './source-text.ts';
import { isDocument, parseMdx } from './mdx-document.ts';
import type { Sourced, YearContent } from '../data/content/year-content.ts';

export const YEAR_FOLDER = /^\d{4}$/;

export interface ReadOptions {
  /** Keep draft chapters and cases among the year's entries (dev server, preview build). */
  showDrafts?: boolean;
}

export interface ReadContent {
  root: string;
  /** Every file below content/ but the guide and hidden keep-files, sorted by path. */
  sources: SourceFile[];
  /** The year folders, each validated file by file. */
  years: YearContent[];
  /** Problems found while reading (JSON, frontmatter, MDX syntax, schemas), with their rules. */
  read: ContentProblem[];
}

export function readContent(root: string, options: ReadOptions = {}): ReadContent {
  const contentDir = join(root, 'content');
  const sources = existsSync(contentDir) ? readSources(root) : [];
  const folders = existsSync(contentDir)
    ? readdirSync(contentDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && YEAR_FOLDER.test(entry.name))
        .map((entry) => Number(entry.name))
        .sort()
    : [];
  const read: ContentProblem[] = [];
  const years = folders.map((year) => readYearOf(year, sources, read, options));
  return { root, sources, years, read };
}

function readYearOf(
  year: number,
  sources: readonly SourceFile[],
  read: ContentProblem[],
  { showDrafts = false }: ReadOptions,
): YearContent {
  const prefix = `content/${year}/`;
  const unreadable = new Set<string>();
  const hiddenDrafts = new Set<string>();
  const content: Record<string, unknown> = { year, unreadable, hiddenDrafts };
  for (const name of COLLECTION_NAMES) {
    const kind = CONTENT_KINDS[name];
    const seen = new Set<string>();
    const entries: Sourced<unknown>[] = [];
    for (const source of sources) {
      if (!source.file.startsWith(prefix)) continue;
      const inYear = source.file.slice(prefix.length);
      if (kindOfPath(inYear) !== name) continue;
      const id = splitEntryId(entryIdFromPath(`${year}/${inYear}`)).slug || String(year);
      // A second file with the same id is unique-entry-id's to report.
      if (seen.has(id)) continue;
      seen.add(id);
      const key = kind.many ? `${kind.field}/${id}` : inYear;
      const entry =
        kind.format === 'json'
          ? readJson(source, id, kind.schema, read)
          : readMdx(source, id, kind.schema, read);
      if (!entry) {
        unreadable.add(key);
        continue;
      }
      if (kind.many && !showDrafts && (entry.data as { draft?: boolean }).draft) {
        hiddenDrafts.add(id);
        continue;
      }
      entries.push(entry);
    }
    content[kind.field] = kind.many ? entries : entries[0];
  }
  return content as unknown as YearContent;
}

function readJson(
  source: SourceFile,
  id: string,
  schema: z.ZodType,
  read: ContentProblem[],
): Sourced<unknown> | undefined {
  const text = sourceText(source);
  // Encoding, a byte order mark, JSON syntax and numbers too large are the file rules' to report.
  if (text === undefined || hasBom(source) || text.trim() === '') return undefined;
  const raw = parseJson(text);
  if (raw === undefined) return undefined;
  const data = validateData(schema, source.file, raw, text, 1, read);
  return data === undefined ? undefined : { id, file: source.file, data, text };
}

function readMdx(
  source: SourceFile,
  id: string,
  schema: z.ZodType,
  read: ContentProblem[],
): Sourced<unknown> | undefined {
  const text = sourceText(source);
  if (text === undefined || text.trim() === '') return undefined;
  const parsed = parseMdx(text);
  let frontmatter: string | undefined;
  if (isDocument(parsed)) {
    frontmatter = parsed.frontmatter;
  } else {
    read.push({
      file: source.file,
      field: 'body',
      ...(parsed.line ? { line: parsed.line } : {}),
      message: `正文不能作为 MDX 解析${parsed.column ? `（第 ${parsed.column} 列）` : ''}：${mdxReason(parsed.reason)}。正文里的“<”要写作 &lt;，“{”要写作 &#123;；标签要写完整，如 <Case id="…" />。`,
      rule: 'mdx-compiles',
    });
    // The frontmatter is still read, so that all of the file's problems are told in one run.
    frontmatter = (
      markdownToMdast(text, { features: MDX_FEATURES }) as {
        children?: { type: string; value?: string }[];
      }
    ).children?.find((node) => node.type === 'yaml')?.value;
  }
  let raw: unknown;
  try {
    raw = frontmatter === undefined ? {} : (parseYaml(frontmatter) ?? {});
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    read.push({
      file: source.file,
      field: 'frontmatter',
      ...(line ? { line: line + 1 } : {}),
      message: `frontmatter 不是有效的 YAML：${yamlProblem(error)}。检查这一行的冒号、缩进和引号：每个字段写作“名称: 值”，列表项以“- ”开头，值里有冒号时用引号括起来。`,
      rule: 'frontmatter-syntax',
    });
    return undefined;
  }
  const data = validateData(schema, source.file, raw, frontmatter ?? '', 2, read);
  if (data === undefined || !isDocument(parsed)) return undefined;
  const body = text.split('\n').slice(parsed.bodyStartLine).join('\n');
  return {
    id,
    file: source.file,
    data,
    text,
    body,
    bodyStartLine: parsed.bodyStartLine,
    document: parsed,
  };
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
