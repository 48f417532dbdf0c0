/** Meta descriptions: each page's own words, shortened to what a search result or a chat card shows. */
import { headingsOfText } from '../../pipeline/mdx-document.ts';

/** About two lines of a search result in Chinese; longer text is cut. */
export const DESCRIPTION_MAX = 120;

const SENTENCE_END = /[。！？]/g;

/**
 * The text on one line, at most `max` characters: cut after the last full sentence that fits, or, if
 * that would keep less than a third, at the limit with an ellipsis.
 */
export function summarise(text: string, max = DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max).join('');
  const ends = [...head.matchAll(SENTENCE_END)].map((m) => [...head.slice(0, m.index)].length + 1);
  const lastEnd = ends.at(-1) ?? 0;
  if (lastEnd >= max / 3) return chars.slice(0, lastEnd).join('');
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** Markdown inline syntax removed: link targets, emphasis, code marks, escapes. */
function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

/** A block that is not prose: a heading, a tag, a list, a table, a quote, a comment or a fence. */
const NOT_PROSE = /^\s*(#|<|[-*+]\s|\d+[.)]\s|\||>|\{\/\*|```|~~~)/;

/** The first prose paragraph of a Markdown/MDX body, as plain text; undefined if it has none. */
export function firstParagraph(body: string): string | undefined {
  let inFence = false;
  const blocks: string[][] = [[]];
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (line.trim() === '') blocks.push([]);
    else blocks.at(-1)!.push(inFence ? '```' : line);
  }
  const paragraph = blocks.find((lines) => lines.length > 0 && !NOT_PROSE.test(lines[0]!));
  return paragraph ? plainInline(paragraph.join(' ')).trim() : undefined;
}

interface ChapterText {
  title: string;
  body: string;
}

/**
 * A chapter's description: its first paragraph; for a chapter without prose, its title and section
 * headings, or, for the chapter that holds the KPI table, the table's groups.
 */
export function chapterDescription(chapter: ChapterText, kpiGroups: readonly string[]): string {
  const paragraph = firstParagraph(chapter.body);
  if (paragraph) return summarise(paragraph);
  const sections = headingsOfText(chapter.body)
    .filter((h) => h.depth === 2)
    .map((h) => h.text);
  const parts = sections.length > 0 ? sections : /<KpiTable\b/.test(chapter.body) ? kpiGroups : [];
  return summarise(parts.length > 0 ? `${chapter.title}：${parts.join('、')}` : chapter.title);
}

/** A list's description: its introduction, then as many of its items as fit. */
export function listDescription(intro: string, items: readonly string[]): string {
  return summarise(`${intro}${items.join('、')}`);
}
