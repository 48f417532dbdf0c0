/**
 * What changed in a text, paragraph by paragraph, as short excerpts a reviewer can read in a pull
 * request: the changed words with a little context around them, never the whole paragraph. Chinese
 * has no spaces between words, so the words are found with the ICU word segmenter (Intl.Segmenter).
 * Only what a reader reads is compared: comments and other MDX expressions are not prose.
 */
import { diffArrays } from 'diff';
import { walk, type MdxDocument } from './mdx-document.ts';

/** A run of an excerpt: unchanged context (already shortened), or words removed or added. */
export interface ExcerptPart {
  type: 'same' | 'removed' | 'added';
  text: string;
}

/** One paragraph added, removed or changed, as an excerpt. */
export interface ParagraphChange {
  change: 'added' | 'removed' | 'changed';
  excerpt: ExcerptPart[];
}

/** Characters of unchanged text kept on each side of a change. */
export const CONTEXT_CHARS = 20;
/** Characters kept of a paragraph added or removed whole, or of one long run of changed words. */
export const RUN_CHARS = 60;
const ELLIPSIS = '…';

/** Nodes of an MDX file that the page does not show as text. */
const NOT_PROSE = new Set(['yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * An MDX file's text as prose: without its frontmatter, imports and exports, and `{…}` expressions,
 * comments among them (the scaffold's `{/* 在此填写正文 *\/}` is no paragraph). A line left empty
 * by a cut is taken out with it, so that it cannot split a paragraph in two; a cut between two
 * spaces leaves one.
 */
export function proseOf(text: string, document: MdxDocument): string {
  const cuts = [...walk(document.tree as Parameters<typeof walk>[0])]
    .filter((node) => NOT_PROSE.has(node.type))
    .flatMap(({ position }) => {
      const start = position?.start.offset;
      const end = position?.end.offset;
      return start === undefined || end === undefined ? [] : [[start, end] as const];
    })
    .sort(([a], [b]) => a - b);
  const restOfLine = /[ \t]*(\n|$)/y;
  const spaces = /[ \t]*/y;
  let prose = '';
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) {
      at = Math.max(at, end);
      continue;
    }
    prose += text.slice(at, start);
    at = end;
    restOfLine.lastIndex = at;
    if (/(^|\n)[ \t]*$/.test(prose) && restOfLine.test(text)) {
      prose = prose.replace(/[ \t]*$/, '');
      at = restOfLine.lastIndex;
    } else if (/[ \t]$/.test(prose)) {
      spaces.lastIndex = at;
      spaces.test(text);
      at = spaces.lastIndex;
    }
  }
  return prose + text.slice(at);
}

/** The paragraphs of a Markdown text: blocks between blank lines, trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const wordsOf = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

const length = (text: string) => [...text].length;

/**
 * As many whole words of a text as fit in n characters, from its start or its end; cut inside a
 * word only when that first word alone is longer.
 */
function keep(text: string, n: number, from: 'start' | 'end'): string {
  const words = from === 'start' ? wordsOf(text) : wordsOf(text).reverse();
  const kept: string[] = [];
  let used = 0;
  for (const word of words) {
    if (used + length(word) > n) break;
    kept.push(word);
    used += length(word);
  }
  if (from === 'start') return kept.length > 0 ? kept.join('') : [...text].slice(0, n).join('');
  return kept.length > 0 ? kept.reverse().join('') : [...text].slice(-n).join('');
}
const head = (text: string, n: number) =>
  length(text) > n ? keep(text, n, 'start') + ELLIPSIS : text;
const tail = (text: string, n: number) =>
  length(text) > n ? ELLIPSIS + keep(text, n, 'end') : text;

/** The changed words of one paragraph, with about CONTEXT_CHARS of context around each change. */
export function wordExcerpt(before: string, after: string): ExcerptPart[] {
  const parts: ExcerptPart[] = diffArrays(wordsOf(before), wordsOf(after)).map((c) => ({
    type: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value.join(''),
  }));
  return parts.map((part, i) => {
    if (part.type !== 'same') return { ...part, text: head(part.text, RUN_CHARS) };
    const first = i === 0;
    const last = i === parts.length - 1;
    if (first) return { ...part, text: tail(part.text, CONTEXT_CHARS) };
    if (last) return { ...part, text: head(part.text, CONTEXT_CHARS) };
    return length(part.text) > 2 * CONTEXT_CHARS + 1
      ? {
          ...part,
          text: `${keep(part.text, CONTEXT_CHARS, 'start')} ${ELLIPSIS} ${keep(part.text, CONTEXT_CHARS, 'end')}`,
        }
      : part;
  });
}

/**
 * The paragraphs that differ between two texts, in the order of the new text. Paragraphs removed
 * and added at the same place are told as one changed paragraph, word by word.
 */
export function proseChanges(before: string, after: string): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++)
      changes.push({ change: 'changed', excerpt: wordExcerpt(removed[i]!, added[i]!) });
    for (const p of removed.slice(pairs))
      changes.push({ change: 'removed', excerpt: [{ type: 'removed', text: head(p, RUN_CHARS) }] });
    for (const p of added.slice(pairs))
      changes.push({ change: 'added', excerpt: [{ type: 'added', text: head(p, RUN_CHARS) }] });
    removed = [];
    added = [];
  };
  for (const part of diffArrays(paragraphsOf(before), paragraphsOf(after))) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else flush();
  }
  flush();
  return changes;
}
