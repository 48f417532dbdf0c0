/**
 * The files of a built site that a page loads when it is rendered: its stylesheets, scripts, images
 * and icons as the HTML names them, the fonts and images its stylesheets name (url(), @import), and
 * the modules its scripts import, statically or on demand. Links to other pages (<a href>) are not
 * inputs. Used to decide whether a page's PDF can be reused (scripts/lib/pdf-cache.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { elements, parseHtml, textOf } from './html.ts';

/** Attributes that make the browser fetch a file, whatever the element ( <a>/<area> only navigate). */
const FETCHING_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'href', 'xlink:href', 'data']);
const NAVIGATING_ELEMENTS = new Set(['a', 'area', 'base', 'form']);
const ORIGIN = 'http://site.invalid';

/** The addresses in a srcset: each candidate is "url [descriptor]". */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/** url(...) and @import "..." in CSS text, as written. */
export function cssReferences(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
  const imports = [...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]!);
  return [...urls, ...imports].filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

/** Relative module addresses in a built script: import statements, import(), preload lists. */
export function scriptReferences(js: string): string[] {
  return [...js.matchAll(/["'`](\.{1,2}\/[^"'`\s]+\.(?:m?js|css|wasm|json))["'`]/g)].map(
    (m) => m[1]!,
  );
}

/** Every address in an HTML page that the browser fetches when it renders the page. */
export function htmlReferences(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(parseHtml(html))) {
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name === 'style') found.push(...cssReferences(value));
      else if (!FETCHING_ATTRIBUTES.has(name)) continue;
      else if (name === 'href' && NAVIGATING_ELEMENTS.has(element.name)) continue;
      else if (name === 'srcset') found.push(...srcsetUrls(value));
      else found.push(value);
    }
    if (element.name === 'style') found.push(...cssReferences(textOf(element)));
  }
  return found;
}

/**
 * The site files a page loads, transitively, as paths relative to the site folder, sorted; a
 * missing file is listed too (its absence is part of what the page renders). `pagePath` is the
 * page's address with the base; addresses outside the base or the site's origin are left out (the
 * renderer refuses them).
 */
export function pageInputs(site: string, base: string, pagePath: string, html: string): string[] {
  const files = new Set<string>();
  const visit = (reference: string, from: string) => {
    let url: URL;
    try {
      url = new URL(reference, new URL(from, ORIGIN));
    } catch {
      return;
    }
    if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) return;
    const relativePath = decodeURIComponent(url.pathname.slice(base.length));
    const file = join(site, relativePath);
    // A folder is a page (a canonical or alternate link), which the renderer does not load.
    if (relativePath === '' || relativePath.endsWith('/') || relativePath.endsWith('.html')) return;
    if (files.has(relativePath)) return;
    files.add(relativePath);
    if (!existsSync(file) || !statSync(file).isFile()) return;
    const nested = relativePath.endsWith('.css')
      ? cssReferences(readFileSync(file, 'utf8'))
      : /\.m?js$/.test(relativePath)
        ? scriptReferences(readFileSync(file, 'utf8'))
        : [];
    for (const next of nested) visit(next, url.pathname);
  };
  for (const reference of htmlReferences(html)) visit(reference, pagePath);
  return [...files].sort();
}
