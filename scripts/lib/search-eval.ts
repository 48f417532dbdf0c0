/**
 * The search evaluation, generated from the built pages themselves so that it cannot be tuned to:
 * every case title (expecting its chapter with the case's anchor), every section heading (its
 * chapter and anchor), every indicator's name (its indicator page), phrases of 3 to 6 characters
 * that only one page's indexed text holds (that page), and pairs of such phrases from one paragraph,
 * separated by a space, that only that page holds together (that page). Each query is put in the
 * tuning or the held-out half by the SHA-256 of its text. Pure: pages in, queries and figures out.
 */
import { sha256 } from '../../src/pipeline/sha256.ts';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export type QueryKind = 'case' | 'heading' | 'kpi' | 'phrase' | 'pair';
export type Half = 'tuning' | 'held-out';

export interface EvalQuery {
  query: string;
  kind: QueryKind;
  /** The report year searched (the year filter), as a reader of that year's pages searches. */
  year: string;
  /** The page expected, as a URL path. */
  page: string;
  /** The heading id among that result's shown sections, for cases and sections. */
  anchor?: string;
  half: Half;
}

/** What the evaluation reads from one built page: only what Pagefind indexes. */
export interface IndexedPage {
  path: string;
  year: string;
  kind: 'chapter' | 'indicator' | 'other';
  title: string;
  /** All the indexed text, for telling whether a phrase occurs on the page. */
  text: string;
  /** Text blocks (paragraphs, list items, cells) of the indexed prose. */
  paragraphs: string[];
  headings: { id: string; text: string; isCase: boolean }[];
}

/** How many phrases and pairs one page contributes at most, so that long chapters do not dominate. */
export const PHRASES_PER_PAGE = 15;
export const PAIRS_PER_PAGE = 12;

const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'caption']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);
const PHRASE = /^\p{Script=Han}{3,6}$/u;

/** The half a query belongs to: the parity of the first byte of the SHA-256 of its text. */
export const halfOf = (query: string): Half =>
  Number.parseInt(sha256(query).slice(0, 2), 16) % 2 === 0 ? 'tuning' : 'held-out';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const isElement = (node: ChildNode): node is Element => node.type === 'tag';
const ignored = (element: Element) =>
  element.attribs['data-pagefind-ignore'] !== undefined || SKIPPED.has(element.name);

/** The indexed elements under `root`, in document order, without those Pagefind ignores. */
function indexedElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child) || ignored(child)) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** The text of `element` without what Pagefind ignores inside it. */
function indexedText(element: Element): string {
  return element.children
    .map((child) =>
      child.type === 'text'
        ? child.data
        : isElement(child) && !ignored(child)
          ? ` ${indexedText(child)} `
          : '',
    )
    .join('');
}

/** Reads a built page the way Pagefind does; undefined for pages it does not index. */
export function readPage(path: string, html: string): IndexedPage | undefined {
  const document = parseDocument(html);
  const body = DomUtils.findOne(
    (element) => element.attribs['data-pagefind-body'] !== undefined,
    document.children,
    true,
  );
  const year = /^\/(\d{4})\//.exec(path)?.[1];
  if (!body || !year) return undefined;
  const elements = indexedElements(body);
  const isChapter = DomUtils.findOne(
    (element) => (element.attribs['class'] ?? '').split(/\s+/).includes('chapter-body'),
    [body],
    true,
  );
  const headings = elements.filter((element) => /^h[1-6]$/.test(element.name));
  return {
    path,
    year,
    kind: isChapter ? 'chapter' : /^\/\d{4}\/kpis\/[^/]+\/$/.test(path) ? 'indicator' : 'other',
    title: squash(indexedText(headings.find((h) => h.name === 'h1') ?? body)),
    text: squash(indexedText(body)),
    paragraphs: elements
      .filter(
        (element) =>
          BLOCKS.has(element.name) &&
          !DomUtils.findOne((inner) => BLOCKS.has(inner.name), element.children, true),
      )
      .map((element) => squash(indexedText(element)))
      .filter(Boolean),
    headings: headings
      .filter((h) => h.name !== 'h1' && h.attribs['id'])
      .map((h) => ({
        id: h.attribs['id']!,
        text: squash(indexedText(h)),
        isCase: /^case-.+-title$/.test(h.attribs['id']!),
      })),
  };
}

/**
 * The phrases of 3 to 6 Chinese characters in `text` that start and end where a Chinese word
 * segmenter puts word boundaries: one word, or two or three words that follow each other, none
 * of a single character (a particle or a measure word makes no query: 的培训, 使用等).
 */
export function phrasesOf(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const phrases = new Set<string>();
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++)
      for (let j = i + 1; j <= Math.min(i + 3, run.length); j++) {
        const phrase = run.slice(i, j).join('');
        if (PHRASE.test(phrase)) phrases.add(phrase);
      }
    run = [];
  };
  for (const { segment } of segmenter.segment(text)) {
    if (/^\p{Script=Han}{2,}$/u.test(segment)) run.push(segment);
    else flush();
  }
  flush();
  return [...phrases];
}

/**
 * The first `count` of `items` in the order of their hashes: a stable sample. Salted, so that
 * taking the lowest hashes does not favour one half (halfOf reads the unsalted hash).
 */
const sample = <T>(items: T[], key: (item: T) => string, count: number) =>
  items
    .map((item) => ({ item, hash: sha256(`sample\u0000${key(item)}`) }))
    .sort((a, b) => a.hash.localeCompare(b.hash))
    .slice(0, count)
    .map(({ item }) => item);

type Draft = Omit<EvalQuery, 'half'>;

function queriesOfYear(pages: IndexedPage[]): Draft[] {
  const drafts: Draft[] = [];
  const holders = (phrases: string[]) =>
    pages.filter((page) => phrases.every((phrase) => page.text.includes(phrase)));
  for (const page of pages) {
    const at = { year: page.year, page: page.path };
    if (page.kind === 'chapter')
      for (const heading of page.headings)
        drafts.push({
          ...at,
          query: heading.text,
          kind: heading.isCase ? 'case' : 'heading',
          anchor: heading.id,
        });
    if (page.kind === 'indicator') drafts.push({ ...at, query: page.title, kind: 'kpi' });

    const unique = new Set<string>();
    const pairs: [string, string][] = [];
    for (const paragraph of page.paragraphs) {
      const phrases = phrasesOf(paragraph);
      for (const phrase of phrases) if (holders([phrase]).length === 1) unique.add(phrase);
      const together = phrases.flatMap((first, i) =>
        phrases
          .slice(i + 1)
          .filter((second) => !first.includes(second) && !second.includes(first))
          .map((second): [string, string] => [first, second]),
      );
      const [pair] = sample(
        together.filter((p) => holders(p).length === 1),
        (p) => p.join(' '),
        1,
      );
      if (pair) pairs.push(pair);
    }
    for (const phrase of sample([...unique], (p) => p, PHRASES_PER_PAGE))
      drafts.push({ ...at, query: phrase, kind: 'phrase' });
    for (const pair of sample(pairs, (p) => p.join(' '), PAIRS_PER_PAGE))
      drafts.push({ ...at, query: pair.join(' '), kind: 'pair' });
  }
  return drafts;
}

/**
 * Every query of the evaluation, from the built pages ([URL path, html]). A query that expects two
 * different places (a heading two chapters share) says nothing about ranking and is left out.
 */
export function searchEvalQueries(pages: [string, string][]): EvalQuery[] {
  const indexed = pages.flatMap(([path, html]) => readPage(path, html) ?? []);
  const years = [...new Set(indexed.map((page) => page.year))].sort();
  const drafts = years.flatMap((year) => queriesOfYear(indexed.filter((p) => p.year === year)));
  const key = (d: Draft) => `${d.year}\u0000${d.query}`;
  const expectations = new Map<string, Set<string>>();
  for (const d of drafts)
    expectations.set(
      key(d),
      (expectations.get(key(d)) ?? new Set()).add(`${d.page}#${d.anchor ?? ''}`),
    );
  const seen = new Set<string>();
  return drafts
    .filter((d) => expectations.get(key(d))!.size === 1 && d.query.length > 0)
    .filter((d) => !seen.has(key(d)) && Boolean(seen.add(key(d))))
    .map((d) => ({ ...d, half: halfOf(d.query) }));
}

/** One result as a reader sees it: the page and the anchors of the sections shown under it. */
export interface ShownResult {
  page: string;
  anchors: string[];
}

/** The rank (1-based) of the first result that is what `query` expects, or 0 if none is. */
export function rankOf(query: EvalQuery, shown: ShownResult[]): number {
  const index = shown.findIndex(
    (result) =>
      result.page === query.page && (!query.anchor || result.anchors.includes(query.anchor)),
  );
  return index + 1;
}

export interface Figures {
  queries: number;
  top1: number;
  top3: number;
  mrr: number;
}

/** Top-1 and top-3 (shares of queries) and mean reciprocal rank, over ranks (0: not found). */
export function figures(ranks: number[]): Figures {
  const share = (n: number) => (ranks.length ? n / ranks.length : 0);
  return {
    queries: ranks.length,
    top1: share(ranks.filter((r) => r === 1).length),
    top3: share(ranks.filter((r) => r >= 1 && r <= 3).length),
    mrr: share(ranks.reduce((sum, r) => sum + (r ? 1 / r : 0), 0)),
  };
}
