import { dirname, resolve } from 'node:path';
import { globSync } from 'tinyglobby';

const DIST = resolve(import.meta.dirname, '../../dist');

/** The URL path of every page of the built site, and its 404 page (run `npm run build` first). */
export function sitePages(): string[] {
  const pages = globSync(['**/index.html', '404.html'], { cwd: DIST, dot: true }).map((file) =>
    file === '404.html' ? '/404.html' : `/${dirname(file)}/`.replace(/^\/\.\/$/, '/'),
  );
  // /admin/ is the editors' CMS, not a page of the report; axe and the page checks leave it out.
  return pages.filter((p) => p !== '/' && !p.startsWith('/admin/')).sort();
}

/**
 * One page of each template, for checks a second viewport repeats: every chapter (each has its own
 * content blocks), the cover, the overviews, search, print and 404, but one indicator page and one
 * pillar page, which differ only in their data.
 */
export function onePerTemplate(pages: readonly string[] = sitePages()): string[] {
  const template = (path: string) => /^\/\d{4}\/(kpis|pillars)\/[^/]+\/$/.exec(path)?.[1];
  const seen = new Set<string>();
  return pages.filter((path) => {
    const kind = template(path);
    if (!kind) return true;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
