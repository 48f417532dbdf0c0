import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../../dist');

/** The URL path of every page of the built site, and its 404 page (run `npm run build` first). */
export function sitePages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(DIST, dir)}/`.replace(/^\/\/$/, '/'));
      else if (dir === DIST && name === '404.html') pages.push('/404.html');
    }
  };
  walk(DIST);
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
