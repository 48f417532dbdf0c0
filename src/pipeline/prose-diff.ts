/**
 * What changed in a text, paragraph by paragraph, as short excerpts a reviewer can read in a pull
 * request: the changed words with a little context around them, never the whole paragraph. Chinese
 * has no spaces between words, so the words are found with the ICU word segmenter (Intl.Segmenter).
 */
import { diffArrays } from 'diff';

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

/** The paragraphs of a Markdown text: blocks between blank lines, trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const wordsOf = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

const head = (text: string, n: number) =>
  [...text].length > n ? [...text].slice(0, n).join('') + ELLIPSIS : text;
const tail = (text: string, n: number) =>
  [...text].length > n ? ELLIPSIS + [...text].slice(-n).join('') : text;

/** The changed words of one paragraph, with CONTEXT_CHARS of context around each change. */
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
    const chars = [...part.text];
    return chars.length > 2 * CONTEXT_CHARS + 1
      ? {
          ...part,
          text: `${chars.slice(0, CONTEXT_CHARS).join('')} ${ELLIPSIS} ${chars.slice(-CONTEXT_CHARS).join('')}`,
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
