/**
 * A year's entries of every kind (content-diff.ts), each with an id to match it by across two
 * versions of the content, its title, its file and the chapter it stands in.
 */
import type { Sourced, YearContent } from '../data/content/year-content.ts';
import type { EntryKind } from './content-diff.ts';
import { proseOf } from './prose-diff.ts';

export interface Keyed {
  id: string;
  title: string;
  file: string;
  chapter?: string;
  data: object;
  /** A chapter's or case's text as the page shows it (prose-diff.ts `proseOf`). */
  prose?: string;
}

const proseText = (entry: Sourced<unknown>) =>
  entry.document && entry.text !== undefined
    ? proseOf(entry.text, entry.document)
    : (entry.body ?? '');

/** A year's entries of every kind, keyed for comparison. */
export function keyedEntries(y: YearContent | undefined): Record<EntryKind, Keyed[]> {
  const file = (name: string) => `content/${y?.year}/${name}`;
  const report = y?.report
    ? [{ id: 'report', title: y.report.data.title, file: y.report.file, data: y.report.data }]
    : [];
  const pillars = y?.pillars
    ? [{ id: 'pillars', title: 'pillars.json', file: y.pillars.file, data: y.pillars.data }]
    : [];
  const chapters = (y?.chapters ?? []).map((c) => ({
    id: c.id,
    title: c.data.title,
    file: c.file,
    chapter: c.id,
    data: c.data,
    prose: proseText(c),
  }));
  const cases = (y?.cases ?? []).map((c) => ({
    id: c.id,
    title: c.data.title,
    file: c.file,
    chapter: c.data.chapter,
    data: c.data,
    prose: proseText(c),
  }));
  const tables = (y?.tables?.data.tables ?? []).map((t) => ({
    id: t.id,
    title: t.title ?? t.id,
    file: file('tables.json'),
    chapter: t.chapter,
    data: t,
  }));
  const honours = (y?.honours?.data.honours ?? []).map((h) => ({
    id: `${h.award}｜${h.recipient}`,
    title: h.award,
    file: file('honours.json'),
    data: h,
  }));
  const photos = [
    ...(y?.chapters ?? []).flatMap((c) =>
      c.data.photos.map((p) => ({
        id: `${c.id}#${p.id}`,
        title: p.caption,
        file: c.file,
        chapter: c.id,
        data: p,
      })),
    ),
    ...(y?.cases ?? []).flatMap((c) =>
      c.data.photos.map((p) => ({
        id: `${c.id}#${p.caption}`,
        title: p.caption,
        file: c.file,
        chapter: c.data.chapter,
        data: p,
      })),
    ),
  ];
  return {
    report,
    pillars,
    chapter: chapters,
    case: cases,
    table: tables,
    honour: honours,
    photo: photos,
  };
}

/**
 * Files of a year that exist but could not be read, as `kind:id` and as paths. A chapter is known
 * by its id only ("chapters/intro"): its file is named as the year before held it, where it did.
 */
export function unreadableOf(
  y: YearContent | undefined,
  before: YearContent | undefined,
): { keys: Set<string>; files: string[] } {
  const keys = new Set<string>();
  const files: string[] = [];
  for (const key of y?.unreadable ?? []) {
    const [folder, id] = key.split('/');
    let file = `content/${y?.year}/${key}`;
    if (folder === 'chapters' && id) {
      keys.add(`chapter:${id}`);
      file = before?.chapters.find((c) => c.id === id)?.file ?? `${file}.mdx`;
    } else if (folder === 'cases' && id) {
      keys.add(`case:${id}`);
      file = `${file}.mdx`;
    } else if (key === 'report.json') keys.add('report:report');
    else if (key === 'pillars.json') keys.add('pillars:pillars');
    files.push(file);
  }
  return { keys, files };
}
