/**
 * How the CMS writes a JSON file: compact, for Prettier to lay out as the repository writes its
 * JSON (scripts/lib/format-json.ts), with every object's keys in the schema's order. Decap holds
 * an entry in Immutable maps, which keep the order of at most eight keys; a KPI row has more.
 */
import type { CmsField } from './fields.ts';
import { type Layout, emptyLayout, layOut, readLayout } from './json-layout.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `value` with its objects' keys in the order of `fields`, then any others as they were. */
export function inFieldOrder(
  value: Json,
  field: Pick<CmsField, 'fields' | 'field' | 'widget'>,
): Json {
  if (Array.isArray(value)) {
    const element = field.field ?? { ...field, widget: 'object' };
    return value.map((item) => inFieldOrder(item, element));
  }
  if (value === null || typeof value !== 'object') return value;
  if (field.widget === 'year-values')
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  const fields = field.fields ?? [];
  const known = fields.filter((f) => f.name in value);
  const others = Object.keys(value).filter((key) => !fields.some((f) => f.name === key));
  return Object.fromEntries([
    ...known.map((f) => [f.name, inFieldOrder(value[f.name]!, f)] as const),
    ...others.map((key) => [key, value[key]!] as const),
  ]);
}

/** The fields of the JSON file whose top-level keys `data` has: the one that has them all. */
export function fieldsOfFile(data: Json, files: CmsField[][]): CmsField[] | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  return files.find((fields) => keys.every((key) => fields.some((f) => f.name === key)));
}

/**
 * The text of a JSON file the CMS writes, for Prettier to lay out: its keys in the schema's
 * order, and its objects expanded where files of its kind have them expanded (`layouts`, learnt
 * from the files read, by their first top-level key).
 */
export function jsonFileText(
  data: Json,
  files: CmsField[][],
  layouts: ReadonlyMap<string, Layout> = new Map(),
): string {
  const fields = fieldsOfFile(data, files);
  const ordered = fields ? inFieldOrder(data, { widget: 'object', fields }) : data;
  return `${layOut(ordered, layouts.get(kindKey(data)) ?? emptyLayout())}\n`;
}

/** What tells files of one kind apart: their top-level keys. */
export const kindKey = (data: Json) =>
  data && typeof data === 'object' && !Array.isArray(data)
    ? Object.keys(data).sort().join(',')
    : '';

/** Reads a JSON file, and learns its layout into `layouts`. */
export function readJsonFile(text: string, layouts: Map<string, Layout>): Json {
  const data = JSON.parse(text) as Json;
  const key = kindKey(data);
  layouts.set(key, readLayout(text, layouts.get(key)));
  return data;
}
