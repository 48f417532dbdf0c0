/**
 * Pagefind's Component UI, loaded on demand: its script and stylesheet are written by `pagefind`
 * after the site build (so they cannot be bundled) and weigh more than a page's own scripts, so
 * they arrive only when a reader opens search. Everything comes from the site's own folder,
 * under BASE_PATH.
 */

import type { PAGEFIND_RANKING, Search } from './ranking.ts';

/** The part of a Pagefind Component UI instance the site uses. */
export interface PagefindInstance {
  searchFilters: Record<string, string[]>;
  triggerFilters(filters: Record<string, string[]>): void;
  triggerLoad(): Promise<void>;
  /**
   * Pagefind's own search, which the Component UI (1.6) calls for every query. It has no hook that
   * reorders results before they are shown, so the site's ranking wraps this.
   */
  __pagefind__: { search: Search<unknown> } | null;
}

interface PagefindComponents {
  configureInstance(
    name: string,
    options: { bundlePath: string; ranking: typeof PAGEFIND_RANKING },
  ): PagefindInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Where `pagefind --site dist` writes its bundle, under the site's base. */
export const BUNDLE_PATH = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

let loading: Promise<PagefindInstance> | undefined;

function added(element: HTMLLinkElement | HTMLScriptElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error('Search could not load.')), {
      once: true,
    });
    document.head.append(element);
  });
}

/** Loads the Component UI once and returns the site's search instance, configured. */
export function loadPagefind(): Promise<PagefindInstance> {
  loading ??= (async () => {
    const style = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: `${BUNDLE_PATH}pagefind-component-ui.css`,
    });
    const script = Object.assign(document.createElement('script'), {
      src: `${BUNDLE_PATH}pagefind-component-ui.js`,
    });
    // The site's ranking arrives with Pagefind, not with the page.
    const [{ PAGEFIND_RANKING, rankedSearch }] = await Promise.all([
      import('./ranking.ts'),
      added(style),
      added(script),
    ]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Search could not start.');
    const instance = components.configureInstance('default', {
      bundlePath: BUNDLE_PATH,
      ranking: PAGEFIND_RANKING,
    });
    await instance.triggerLoad();
    const core = instance.__pagefind__;
    if (!core) throw new Error('Search could not start.');
    core.search = rankedSearch(core.search.bind(core));
    return instance;
  })();
  return loading;
}
