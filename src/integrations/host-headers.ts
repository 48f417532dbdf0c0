/**
 * `_headers` for static hosts that read one (Netlify, Cloudflare Pages), written into every build:
 * security headers on every response, hashed assets cached for good, everything else briefly.
 *
 * Written by the build rather than kept in public/, because its paths carry the site's base. No
 * two rules set the same header for one path: where rules overlap, Cloudflare joins the values
 * and Netlify keeps one.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_DIRECTIVES, CSP_HEADER_ONLY_DIRECTIVES } from '../data/csp.ts';

/** Astro's bundled, content-hashed files: a new build gives them new names. */
const HASHED_ASSETS = '_astro';
/** Folders the publishing build adds after the site build (PDFs, sharing cards, search index). */
const ADDED_LATER = ['pdf', 'og', 'pagefind'];
/** The build's list of PDFs, which scripts/build.ts moves out of the published site. */
const INTERNAL = ['pdf-targets.json', '_headers'];
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages, downloads, PDFs and the search index change when a report is republished. */
const SHORT = 'public, max-age=300';

/**
 * The header's policy: what a page's <meta> cannot say (frame-ancestors) and the directives for
 * everything but scripts and styles. Scripts and styles are left to each page's <meta> policy,
 * which names the hashes of that page's own (a header for every page cannot); browsers obey both.
 */
export const headerCsp = () =>
  [
    ...CSP_DIRECTIVES.filter((directive) => !directive.startsWith('default-src')),
    "connect-src 'self'",
    "font-src 'self'",
    "media-src 'self'",
    "worker-src 'self'",
    "frame-src 'none'",
    ...CSP_HEADER_ONLY_DIRECTIVES,
  ].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': headerCsp(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** The _headers file for a site under `base` whose top level holds `entries` (name, is folder). */
export function hostHeaders(base: string, entries: { name: string; folder: boolean }[]): string {
  const rule = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const short = entries
    .filter(({ name }) => name !== HASHED_ASSETS && !INTERNAL.includes(name))
    .map(({ name, folder }) => `${base}${name}${folder ? '/*' : ''}`)
    .sort();
  return [
    '# Written by the build (src/integrations/host-headers.ts) for Netlify and Cloudflare Pages.',
    rule(`${base}*`, SECURITY_HEADERS),
    rule(`${base}${HASHED_ASSETS}/*`, { 'Cache-Control': IMMUTABLE }),
    ...[base, ...short].map((path) => rule(path, { 'Cache-Control': SHORT })),
    '',
  ].join('\n');
}

export function hostHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir }) => {
        const folder = fileURLToPath(dir);
        const entries = readdirSync(folder, { withFileTypes: true })
          .filter((entry) => entry.name !== 'index.html')
          .map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        for (const name of ADDED_LATER)
          if (!entries.some((entry) => entry.name === name)) entries.push({ name, folder: true });
        writeFileSync(`${folder}/_headers`, hostHeaders(base, entries));
      },
    },
  };
}
