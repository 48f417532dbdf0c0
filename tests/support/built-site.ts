import { join, resolve } from 'node:path';
import { builtPages as pagesOf } from '../../scripts/lib/built-pages.ts';
import { firstTag, parseHtml, readableText } from '../../scripts/lib/html.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(PROJECT_ROOT, 'dist');

/** Every HTML page of the built site, as [URL path, html]. */
export function builtPages(root = DIST): [string, string][] {
  return pagesOf(root);
}

/** The visible text of a page's <main>, without markup, scripts or styles. */
export function mainText(html: string): string {
  const main = firstTag(parseHtml(html), 'main');
  return main ? readableText(main) : '';
}

/**
 * The environment of a production build run from a test: vitest exports DEV, MODE, PROD, SSR and
 * NODE_ENV=test and BASE_URL=/ into process.env, which a child Astro build would read as a dev build
 * at the root.
 */
export function productionBuildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST.*|MODE|DEV|PROD|SSR|TEST|NODE_ENV|BASE_URL)$/.test(key),
    ),
  );
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}
