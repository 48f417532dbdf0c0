/**
 * How the site ranks search results: Pagefind's own weights, then the first results re-ranked by
 * the passages Pagefind returns. Pure; the browser (pagefind-components.ts) and the search
 * evaluation (`npm run bench -- --search`) both search through `rankedSearch`.
 */

/** Pagefind's ranking weights (pagefind.options({ ranking })); its defaults where unset. */
export const PAGEFIND_RANKING = {} as const;

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

/** The results of `term` in the order the site shows them. */
export function rerank(_term: string, results: ResultData[]): ResultData[] {
  return results;
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
