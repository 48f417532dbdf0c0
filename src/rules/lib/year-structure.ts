/** What several rules read off a year: chapters' headings, where tags stand, files that could not be read. */
import type { Sourced, YearContent } from '../../data/content/year-content.ts';
import type { ChapterData } from '../../schemas/chapter.ts';
import type { DocumentHeading, DocumentTag } from '../../pipeline/mdx-document.ts';
import { list, oddCharacters, showValue, suggest } from '../../data/content/problems.ts';
import type { Report } from './rule.ts';

export { list };

/** The headings of an MDX entry's text (## and deeper), with their lines in the file. */
export const headingsIn = (entry: Sourced<unknown>): DocumentHeading[] =>
  entry.document?.headings ?? [];

/** The content tags of an MDX entry's text, with their lines in the file. */
export const tagsIn = (entry: Sourced<unknown>): DocumentTag[] => entry.document?.tags ?? [];

/**
 * Whether a file exists but could not be read ("pillars.json", "chapters/<id>"): its problems are
 * reported already, and what depends on it stands aside.
 */
export const unreadable = (content: YearContent, key: string) =>
  content.unreadable?.has(key) ?? false;

/** Ids of the chapters or cases that could not be read. */
export function unreadableIds(content: YearContent, dir: 'chapters' | 'cases'): Set<string> {
  return new Set(
    [...(content.unreadable ?? [])].flatMap((key) =>
      key.startsWith(`${dir}/`) ? [key.slice(dir.length + 1)] : [],
    ),
  );
}

/** Whether a chapter has text; one without is reported once (chapter-text) and checked no further. */
export const hasText = (chapter: Sourced<ChapterData>) => (chapter.body ?? '').trim() !== '';

/** A chapter's headings; for a chapter without text yet, the headings its "sections" name. */
export function headingsOf(chapter: Sourced<ChapterData> | undefined): Set<string> {
  if (!chapter) return new Set();
  if (!hasText(chapter)) return new Set(chapter.data.sections.map((s) => s.heading));
  return new Set(headingsIn(chapter).map((h) => h.text));
}

/** The message for a frontmatter field that should name a heading of the chapter's text. */
export const notAHeading = (value: string, headings: ReadonlySet<string>, field = 'section') =>
  `${showValue(value)} 不是本章正文的标题。应为其中之一：${list(headings)}。${suggest(value, [...headings])}${oddCharacters(value)}请改正 "${field}"，使它与正文中的标题一字不差。`;

/** For each id a tag (<Case>, <DataTable>) names, the chapters it stands in, once per tag. */
export function placements(content: YearContent, tagName: string): Map<string, string[]> {
  const placed = new Map<string, string[]>();
  for (const chapter of content.chapters) {
    for (const tag of tagsIn(chapter)) {
      if (tag.name !== tagName) continue;
      const id = tag.attributes['id'] ?? '';
      placed.set(id, [...(placed.get(id) ?? []), chapter.id]);
    }
  }
  return placed;
}

/** The sections a chapter's <KeyFigures> or <Photos> tags show, in order. */
export const placedSections = (entry: Sourced<unknown>, tagName: string) =>
  tagsIn(entry)
    .filter((t) => t.name === tagName)
    .map((t) => t.attributes['section'] ?? '');

/** The headings a tag stands under (## then ###), from its place in the text. */
export function sectionsAtTag(entry: Sourced<unknown>, tagName: string, id: string): string[] {
  const tag = tagsIn(entry).find((t) => t.name === tagName && t.attributes['id'] === id);
  if (!tag) return [];
  const open: string[] = [];
  for (const heading of headingsIn(entry)) {
    if (heading.line > tag.line) break;
    open.length = Math.max(0, heading.depth - 2);
    open[heading.depth - 2] = heading.text;
  }
  return open.filter(Boolean);
}

/** A report for every value after its first appearance in a list that must not repeat. */
export function duplicates(file: string, field: string, values: readonly string[]): Report[] {
  const seen = new Set<string>();
  return values.flatMap((value) => {
    const repeated = seen.has(value);
    seen.add(value);
    return repeated
      ? [
          {
            file,
            field,
            message: `${showValue(value)} 出现了不止一次，每一项都必须唯一。请删除或改名重复的一项。`,
          },
        ]
      : [];
  });
}

/** The key figures and photos of a chapter, as the tag that shows each kind. */
export const SECTION_ITEMS = [
  { kind: 'figures', tagName: 'KeyFigures' },
  { kind: 'photos', tagName: 'Photos' },
] as const;
