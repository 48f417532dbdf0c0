/**
 * What a change does to the report: two loaded content sets (before and after, each read by the
 * one reader with drafts shown) compared year by year as typed data, for the pull request's digest
 * (digest-markdown.ts, `npm run changes`). Entries are compared by their ids and fields, never as
 * text: formatting alone changes nothing here.
 */
import type { YearContent } from '../data/content/year-content.ts';
import { kpiChanges, type KpiFigureChange } from './kpi-diff.ts';
import { proseChanges, type ParagraphChange } from './prose-diff.ts';
import { changedAddresses, type SiteAddress } from './changed-pages.ts';
import { keyedEntries, unreadableOf, type Keyed } from './keyed-entries.ts';

/** A year's state: not there, a draft (report.json "draft": true), finished, or sealed. */
export type YearState = 'absent' | 'draft' | 'finished' | 'sealed';

/** One content tree as read: its years (drafts shown) and which of them are sealed. */
export interface LoadedContent {
  years: readonly YearContent[];
  sealed: ReadonlySet<number>;
}

export type EntryKind = 'report' | 'pillars' | 'chapter' | 'case' | 'table' | 'honour' | 'photo';

export interface EntryChange {
  kind: EntryKind;
  change: 'added' | 'removed' | 'changed';
  /** The entry's id within its kind (a chapter, case or table id; chapter#photo for a photo). */
  id: string;
  /** Its title, caption or award (the new one; the old one if removed). */
  title: string;
  /** The file that holds it. */
  file: string;
  /** The chapter it stands in, where it stands in one. */
  chapter?: string;
  /** The fields of a changed entry whose values differ (frontmatter or JSON keys). */
  fields: string[];
  /** The paragraphs of its text that changed. */
  prose: ParagraphChange[];
}

export interface YearDiff {
  year: number;
  before: YearState;
  after: YearState;
  kpis: KpiFigureChange[];
  /** A new year's figures of earlier years that agree with the report before it (not listed). */
  carriedKpis: number;
  entries: EntryChange[];
  /** The site's pages whose content changes, and the PDFs. */
  pages: SiteAddress[];
  pdfs: SiteAddress[];
  /** Files of the new tree that could not be read (the check tells why): left out of the diff. */
  unreadable: string[];
}

export function stateOf(content: LoadedContent, year: number): YearState {
  const found = content.years.find((y) => y.year === year);
  if (!found) return 'absent';
  if (content.sealed.has(year)) return 'sealed';
  return found.report?.data.draft ? 'draft' : 'finished';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(a: object, b: object, skip: readonly string[] = []): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter(
    (k) =>
      !skip.includes(k) &&
      !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const identity = (kind: EntryKind, e: Keyed) => ({
  kind,
  id: e.id,
  title: e.title,
  file: e.file,
  ...(e.chapter ? { chapter: e.chapter } : {}),
});

/** Whether an entry is missing only because its file, or its chapter's or case's, was unreadable. */
const unreadableEntry = (kind: EntryKind, id: string, unreadable: ReadonlySet<string>) =>
  unreadable.has(`${kind}:${id}`) ||
  (kind === 'photo' &&
    (unreadable.has(`chapter:${id.split('#')[0]}`) || unreadable.has(`case:${id.split('#')[0]}`)));

/** Added, removed and changed entries of one kind, matched by id. */
function diffKeyed(
  kind: EntryKind,
  before: readonly Keyed[],
  after: readonly Keyed[],
  unreadable: ReadonlySet<string>,
  skip: readonly string[] = [],
): EntryChange[] {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const changes: EntryChange[] = [];
  for (const [id, e] of now) {
    const was = old.get(id);
    const base = identity(kind, e);
    if (!was) {
      changes.push({ ...base, change: 'added', fields: [], prose: [] });
      continue;
    }
    const fields = changedFields(was.data, e.data, skip);
    const prose = proseChanges(was.prose ?? '', e.prose ?? '');
    if (fields.length > 0 || prose.length > 0)
      changes.push({ ...base, change: 'changed', fields, prose });
  }
  for (const [id, e] of old) {
    if (now.has(id) || unreadableEntry(kind, id, unreadable)) continue;
    const base = identity(kind, e);
    changes.push({ ...base, change: 'removed', fields: [], prose: [] });
  }
  return changes;
}

const ENTRY_KINDS: EntryKind[] = [
  'report',
  'pillars',
  'chapter',
  'case',
  'table',
  'honour',
  'photo',
];

/** One year compared; undefined when nothing of it changed. */
export function diffYear(
  before: LoadedContent,
  after: LoadedContent,
  year: number,
): YearDiff | undefined {
  const a = before.years.find((y) => y.year === year);
  const b = after.years.find((y) => y.year === year);
  const unreadable = unreadableOf(b, a);
  const kpisUnreadable = b?.unreadable?.has('kpis.json') ?? false;
  const ownFile = { table: 'tables.json', honour: 'honours.json' } as Partial<
    Record<EntryKind, string>
  >;
  const ka = keyedEntries(a);
  const kb = keyedEntries(b);
  const entries = ENTRY_KINDS.flatMap((kind) => {
    const file = ownFile[kind];
    if (file && b?.unreadable?.has(file)) return [];
    // Photos are told as photos, not as changed fields of their chapter or case.
    return diffKeyed(
      kind,
      ka[kind],
      kb[kind],
      unreadable.keys,
      kind === 'chapter' || kind === 'case' ? ['photos'] : [],
    );
  });
  const earlier = [...after.years]
    .filter((y) => y.year < year && y.kpis)
    .sort((x, y) => y.year - x.year)[0];
  const { changes: kpis, carried } = kpisUnreadable
    ? { changes: [], carried: 0 }
    : kpiChanges(
        a?.kpis?.data,
        b?.kpis?.data,
        before.sealed.has(year),
        earlier && { year: earlier.year, table: earlier.kpis!.data },
      );
  const state = { before: stateOf(before, year), after: stateOf(after, year) };
  if (
    state.before === state.after &&
    entries.length === 0 &&
    kpis.length === 0 &&
    unreadable.files.length === 0
  )
    return undefined;
  const { pages, pdfs } = changedAddresses(year, a, b, entries, kpis, state.before !== state.after);
  return {
    year,
    ...state,
    kpis,
    carriedKpis: carried,
    entries,
    pages,
    pdfs,
    unreadable: unreadable.files,
  };
}

/** Every year that changed, oldest first. */
export function diffContent(before: LoadedContent, after: LoadedContent): YearDiff[] {
  const years = [...new Set([...before.years, ...after.years].map((y) => y.year))].sort();
  return years.flatMap((year) => diffYear(before, after, year) ?? []);
}
