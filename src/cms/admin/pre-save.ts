/**
 * Before the CMS saves an entry: fields the editor cleared are left out, not written as "", and
 * the check's own rules run on the entry (src/cms/entry-check.ts). A wrong entry is not saved; the
 * editor reads the check's words in the CMS's notice.
 */
import type { Map as ImmutableMap } from 'immutable';
import {
  CONTENT_KINDS,
  COLLECTION_NAMES,
  type CollectionName,
} from '../../schemas/content-kinds.ts';
import { checkEntry } from '../entry-check.ts';
import { NEW_FILE_FIELD } from '../config.ts';

type Data = ImmutableMap<string, unknown>;
type Entry = ImmutableMap<string, unknown>;

/** Thrown to stop a save: Decap shows "保存内容失败: " and this error. */
class EntryRefused extends Error {
  override name = '内容检查未通过';
}

/** The paths of the object fields holding "" (a cleared field); a list's items stay where they are. */
export function emptyPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.flatMap((item, i) =>
      typeof item === 'string' ? [] : emptyPaths(item, [...path, i]),
    );
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      item === '' ? [[...path, key]] : emptyPaths(item, [...path, key]),
    );
  return [];
}

/** Which kind of file, of which year, at which path, an entry of the generated collections is. */
function whereIs(entry: Entry, data: Record<string, unknown>) {
  const [, year, group] = /^(\d{4})-(\w+)$/.exec(String(entry.get('collection'))) ?? [];
  if (!year || !group) return undefined;
  const kind = (group === 'files' ? entry.get('slug') : group) as CollectionName;
  if (!COLLECTION_NAMES.includes(kind)) return undefined;
  const pattern = CONTENT_KINDS[kind].pattern;
  const slug = entry.get('newRecord') ? data[NEW_FILE_FIELD] : entry.get('slug');
  const file = `content/${year}/${pattern.replace('*', String(slug))}`;
  return { kind, year: Number(year), file: String(entry.get('path') || file) };
}

export function checkBeforeSaving({ entry }: { entry: Entry }): Data {
  let data = entry.get('data') as Data;
  for (const path of emptyPaths(data.toJS())) data = data.removeIn(path);
  const { body: _, [NEW_FILE_FIELD]: __, ...fields } = data.toJS() as Record<string, unknown>;
  const where = whereIs(entry, data.toJS() as Record<string, unknown>);
  if (!where) return data;
  const problems = checkEntry({ ...where, data: fields });
  if (problems.length > 0)
    throw new EntryRefused(
      `${where.file}\n${problems.map((p) => `${p.field}：${p.message} [${p.rule}]`).join('\n')}`,
    );
  return data;
}
