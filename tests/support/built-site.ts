import { join } from 'node:path';
import { builtPages as pagesOf } from '../../scripts/lib/built-pages.ts';
import { firstTag, parseHtml, readableText } from '../../scripts/lib/html.ts';
import { PROJECT_ROOT } from './project-root.ts';

export { PROJECT_ROOT };

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
