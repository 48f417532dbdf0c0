/**
 * How the site ranks search results: Pagefind's own weights, then the first results re-ranked by
 * the passages Pagefind returns. Pure; the browser (pagefind-components.ts) and the search
 * evaluation (`npm run bench -- --search`) both search through `rankedSearch`.
 */

/** Pagefind's ranking weights (pagefind.options({ ranking })); its defaults where unset. */
export const PAGEFIND_RANKING = { termFrequency: 0.5 } as const;

/** A section of a result, as Pagefind returns it. */
export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  locations?: number[];
  anchor?: { id: string; element: string; location: number; text?: string };
}

/** The part of a result's data (`await result.data()`) the ranking reads. */
export interface ResultData {
  url: string;
  content: string;
  word_count: number;
  meta: Record<string, string | undefined>;
  locations?: number[];
  sub_results: SubResult[];
  anchors?: { id: string; element: string; location: number; text?: string }[];
}

/** One result of `pagefind.search()`. */
export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
}

export type Search<O> = (term: string | null, options?: O) => Promise<SearchResponse | null>;

/** How many sections the result list shows under a result (Pagefind's `max-sub-results`). */
export const SHOWN_SECTIONS = 3;

/**
 * The sections the Component UI shows under a result: without the one that is the page itself,
 * and of more than `max`, the `max` with the most matches, in page order.
 */
export function shownSections(data: ResultData, max = SHOWN_SECTIONS): SubResult[] {
  const own = data.sub_results[0]?.url === (data.meta['url'] ?? data.url);
  const sections = own ? data.sub_results.slice(1) : data.sub_results;
  if (sections.length <= max) return sections;
  const kept = new Set(
    [...sections]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, max)
      .map((s) => s.url),
  );
  return sections.filter((s) => kept.has(s.url));
}

/** The words of a query as typed: what the reader separated by spaces, compared case-blind. */
export const queryWords = (term: string) => term.toLocaleLowerCase().split(/\s+/).filter(Boolean);

const compact = (text: string) => text.toLocaleLowerCase().replace(/\s+/g, '');

/**
 * How far apart, in characters, the words lie at their closest: the shortest stretch of `text`
 * that holds every word; Infinity when one is missing.
 */
export function closestSpan(text: string, words: string[]): number {
  const hits = words
    .flatMap((word, w) => {
      const found: { at: number; end: number; w: number }[] = [];
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
        found.push({ at, end: at + word.length, w });
      return found;
    })
    .sort((a, b) => a.at - b.at);
  const unique = new Set(words).size;
  let best = Infinity;
  const last = new Map<number, { at: number; end: number }>();
  for (const hit of hits) {
    last.set(hit.w, hit);
    if (last.size < unique) continue;
    const starts = [...last.values()].map((h) => h.at);
    const ends = [...last.values()].map((h) => h.end);
    best = Math.min(best, Math.max(...ends) - Math.min(...starts));
  }
  return best;
}

/** A section of a page with its text, cut from the page's content at the section headings. */
export interface Section {
  sub: SubResult;
  text: string;
}

/**
 * The text of each of a result's sections: Pagefind's content joins a page's blocks with ". ", so
 * each section starts where its heading does, in page order, and ends where the next one starts.
 */
export function sectionsOf(data: ResultData): Section[] {
  const content = data.content.toLocaleLowerCase();
  const starts: number[] = [];
  let from = 0;
  for (const sub of data.sub_results) {
    const at = content.indexOf(`${sub.title.toLocaleLowerCase()}.`, from);
    starts.push(at >= 0 ? at : -1);
    if (at >= 0) from = at + 1;
  }
  return data.sub_results.map((sub, i) => {
    const start = starts[i]!;
    const next = starts.slice(i + 1).find((at) => at > start);
    return {
      sub,
      text:
        start >= 0 ? content.slice(start, next ?? content.length) : sub.excerpt.toLocaleLowerCase(),
    };
  });
}

/** Words within this many characters of each other, beyond their own length, read together. */
export const TOGETHER = 40;

/** How well a section answers the query: higher is better, compared in order. */
function sectionKey(section: Section, words: string[], query: string): number[] {
  const span = closestSpan(section.text, words);
  const length = words.reduce((sum, word) => sum + word.length, 0);
  return [
    compact(section.sub.title) === query ? 1 : 0,
    words.filter((word) => section.text.includes(word)).length,
    span - length <= TOGETHER ? 1 : 0,
    section.sub.locations?.length ?? 0,
  ];
}

const compare = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
};

/**
 * A result ranked for the query, and the sections to show under it: those that answer it best, in
 * page order.
 */
function ranked(data: ResultData, words: string[], query: string) {
  const sections = sectionsOf(data);
  const ownUrl = data.meta['url'] ?? data.url;
  const own = sections[0]?.sub.url === ownUrl ? sections[0] : undefined;
  const others = own ? sections.slice(1) : sections;
  const keyed = others.map((section) => ({ section, key: sectionKey(section, words, query) }));
  const best = [...keyed].sort((a, b) => compare(a.key, b.key));
  const shown = new Set(best.slice(0, SHOWN_SECTIONS).map((entry) => entry.section.sub.url));
  const content = data.content.toLocaleLowerCase();
  const title = compact(data.meta['title'] ?? '');
  const titled = title === query;
  const together =
    words.length > 1 && best[0] ? best[0].key[1] === words.length && best[0].key[2] === 1 : false;
  const key = [
    titled ? 2 : best[0]?.key[0] || title.includes(query) ? 1 : 0,
    words.filter((word) => content.includes(word)).length,
    data.meta['kind'] === 'gathering' ? 0 : 1,
    together ? 1 : 0,
  ];
  const sub_results = [
    ...(own ? [own.sub] : []),
    ...others.filter((s) => shown.has(s.sub.url)).map((s) => s.sub),
  ];
  return { data: { ...data, sub_results }, key };
}

/**
 * The results of `term` in the order the site shows them. Pagefind matches each word of a Chinese
 * query by its parts, so a page that holds only the parts can come first; and it cannot weigh
 * where the words occur. Among the results it returns, in order of importance: the page titled
 * with the query; a page with a section titled with it, or whose title holds it (part of an
 * indicator's name); the pages that hold more of the words as typed; a chapter before a page that
 * gathers (a pillar, an indicator); the pages where all the words occur together in one section.
 * Otherwise Pagefind's order.
 */
export function rerank(term: string, results: ResultData[]): ResultData[] {
  const words = queryWords(term);
  const query = compact(term);
  return results
    .map((data, order) => ({ ...ranked(data, words, query), order }))
    .sort((a, b) => compare(a.key, b.key) || a.order - b.order)
    .map((entry) => entry.data);
}

/** How many of Pagefind's first results are loaded and re-ranked. */
export const RERANKED = 10;

/**
 * `search` with the site's ranking: its first results loaded (the results list loads them as it
 * shows them anyway), re-ranked, and handed on with their data, in the new order.
 */
export function rankedSearch<O>(search: Search<O>): Search<O> {
  return async (term, options) => {
    const response = await search(term, options);
    if (!response || !term?.trim()) return response;
    const head = response.results.slice(0, RERANKED);
    const loaded = await Promise.all(
      head.map(async (result) => ({ result, data: await result.data() })),
    );
    const byUrl = new Map(loaded.map((entry) => [entry.data.url, entry.result]));
    const ordered = rerank(
      term,
      loaded.map((entry) => entry.data),
    ).map((data) => ({ ...byUrl.get(data.url)!, data: async () => data }));
    return { ...response, results: [...ordered, ...response.results.slice(RERANKED)] };
  };
}
