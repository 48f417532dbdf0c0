/**
 * Runs the search evaluation (search-eval.ts) against a built site's own Pagefind index, in Node:
 * the site's `pagefind/pagefind.js` searches its index with the site's ranking
 * (src/components/search/ranking.ts), as the search dialog does, and each query is scored on the
 * results and sections a reader is shown.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtPages } from './built-pages.ts';
import { firstTag, parseHtml } from './html.ts';
import {
  figures,
  rankOf,
  searchEvalQueries,
  type EvalQuery,
  type Figures,
  type ShownResult,
} from './search-eval.ts';
import {
  PAGEFIND_RANKING,
  rankedSearch,
  shownSections,
  type Search,
} from '../../src/components/search/ranking.ts';
import { YEAR_FILTER } from '../../src/data/site/search-index.ts';

/** How many results count: a result below the tenth adds nothing to the reciprocal rank. */
const COUNTED = 10;

interface SearchOptions {
  filters?: Record<string, string[]>;
}

/**
 * Pagefind's browser bundle loaded in Node: its files read from disk, and the page's language
 * (which decides how Pagefind splits a Chinese query into words) given as a page would give it.
 */
async function openIndex(
  site: string,
  lang: string,
  ranking: object,
): Promise<Search<SearchOptions>> {
  const native = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return native(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  Object.assign(globalThis, {
    document: {
      currentScript: null,
      querySelector: (selector: string) =>
        selector === 'html' ? { getAttribute: () => lang } : null,
    },
  });
  const bundle = pathToFileURL(join(resolve(site), 'pagefind/pagefind.js')).href;
  const pagefind = (await import(bundle)) as {
    createInstance(options: object): { search: Search<SearchOptions> };
  };
  const instance = pagefind.createInstance({ baseUrl: '/', ranking });
  return (term, options) => instance.search(term, options);
}

export interface QueryRun extends EvalQuery {
  rank: number;
  shown: ShownResult[];
}

export interface SearchEvalReport {
  runs: QueryRun[];
  halves: Record<'tuning' | 'held-out' | 'all', Figures>;
  pairs: Record<'tuning' | 'held-out' | 'all', Figures>;
  byKind: Record<string, Figures>;
}

const pathOf = (url: string) => decodeURI(new URL(url, 'http://site/').pathname);
const anchorOf = (url: string) => decodeURIComponent(new URL(url, 'http://site/').hash.slice(1));

export interface SearchEvalOptions {
  /** Pagefind's ranking weights to try instead of the site's (PAGEFIND_RANKING). */
  ranking?: object;
  /** Pagefind's order alone, without the site's re-ranking (to see what the weights do). */
  pagefindOnly?: boolean;
}

/** Every query of the evaluation run against the site in `site` (a built dist/ with its index). */
export async function runSearchEval(
  site: string,
  { ranking = PAGEFIND_RANKING, pagefindOnly = false }: SearchEvalOptions = {},
): Promise<SearchEvalReport> {
  const pages = builtPages(site);
  const root = firstTag(parseHtml(pages[0]?.[1] ?? ''), 'html');
  const lang = root?.attribs['lang'] ?? 'zh-CN';
  const pagefind = await openIndex(site, lang, ranking);
  const search = pagefindOnly ? pagefind : rankedSearch(pagefind);
  const runs: QueryRun[] = [];
  for (const query of searchEvalQueries(pages)) {
    const response = await search(query.query, { filters: { [YEAR_FILTER]: [query.year] } });
    const top = await Promise.all(
      (response?.results ?? []).slice(0, COUNTED).map((result) => result.data()),
    );
    const shown = top.map((data) => ({
      page: pathOf(data.url),
      anchors: shownSections(data).map((section) => anchorOf(section.url)),
    }));
    runs.push({ ...query, rank: rankOf(query, shown), shown: shown.slice(0, 3) });
  }
  const of = (selected: QueryRun[]) => figures(selected.map((run) => run.rank));
  const split = (selected: QueryRun[]) => ({
    tuning: of(selected.filter((run) => run.half === 'tuning')),
    'held-out': of(selected.filter((run) => run.half === 'held-out')),
    all: of(selected),
  });
  const kinds = [...new Set(runs.map((run) => run.kind))];
  return {
    runs,
    halves: split(runs),
    pairs: split(runs.filter((run) => run.kind === 'pair')),
    byKind: Object.fromEntries(
      kinds.map((kind) => [kind, of(runs.filter((r) => r.kind === kind))]),
    ),
  };
}
