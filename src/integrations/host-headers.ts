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
import {
  ADMIN_CSP,
  CSP_DIRECTIVES,
  CSP_HEADER_ONLY_DIRECTIVES,
  adminConnectSources,
} from '../data/publish/csp.ts';
import { cmsBackend } from '../cms/years.ts';
import { SITE_MANIFEST_FILE } from '../publish/manifest.ts';

/** Astro's bundled, content-hashed files: a new build gives them new names. */
const HASHED_ASSETS = '_astro';
/** Folders the publishing build adds after the site build (PDFs, sharing cards, search index). */
const ADDED_LATER = ['pdf', 'og', 'pagefind'];
/** The build's manifest, which scripts/build.ts moves out of the published site. */
const INTERNAL = [SITE_MANIFEST_FILE, '_headers'];
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

/**
 * /admin/'s header policy: the site's, with the CMS's sources added (ADMIN_CSP). Only the CMS's
 * folder gets it; its page's <meta> policy names its scripts and styles. A decap-server at another
 * address than the default (CMS_LOCAL_BACKEND_URL) is allowed in both.
 */
export const adminHeaderCsp = (localBackendUrl = cmsBackend().localBackendUrl) =>
  headerCsp()
    .split('; ')
    .map((directive) => {
      const [name] = directive.split(' ');
      const added =
        name === 'connect-src'
          ? adminConnectSources(localBackendUrl)
          : ADMIN_CSP.directives.find((d) => d.startsWith(`${name} `));
      if (!added) return directive;
      const sources = [...directive.split(' ').slice(1), ...added.split(' ').slice(1)];
      return [name, ...new Set(sources.filter((source) => source !== "'none'"))].join(' ');
    })
    .join('; ');

/** The folder of the editors' CMS (src/pages/admin/). */
const ADMIN = 'admin';

export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

/** One rule of a `_headers` file: a path (a trailing `*` matches any rest) and its headers. */
export interface HostHeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The top level of a built site as the rules need it, with the folders added after the site build. */
export function siteEntries(folder: string): { name: string; folder: boolean }[] {
  const entries = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.name !== 'index.html')
    .map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
  for (const name of ADDED_LATER)
    if (!entries.some((entry) => entry.name === name)) entries.push({ name, folder: true });
  return entries;
}

/** The header rules for a site under `base` whose top level holds `entries` (name, is folder). */
export function hostHeaderRules(
  base: string,
  entries: { name: string; folder: boolean }[],
  /** The decap-server the site was built for, when not this process's CMS_LOCAL_BACKEND_URL. */
  localBackendUrl?: string,
): HostHeaderRule[] {
  const short = entries
    .filter(({ name }) => name !== HASHED_ASSETS && !INTERNAL.includes(name))
    .map(({ name, folder }) => `${base}${name}${folder ? '/*' : ''}`)
    .sort();
  // The policy goes with each path rather than under `*`, so that /admin/ can have its own: where
  // two rules set it for one path, Cloudflare would enforce both and Netlify keep one.
  const csp = (path: string) => ({
    'Content-Security-Policy': path.startsWith(`${base}${ADMIN}/`)
      ? adminHeaderCsp(localBackendUrl)
      : headerCsp(),
  });
  return [
    { path: `${base}*`, headers: SECURITY_HEADERS },
    { path: `${base}${HASHED_ASSETS}/*`, headers: { ...csp(base), 'Cache-Control': IMMUTABLE } },
    ...[base, ...short].map((path) => ({
      path,
      headers: { ...csp(path), 'Cache-Control': SHORT },
    })),
  ];
}

/** The headers a host that reads the rules sends for a path: every matching rule's, in order. */
export const headersFor = (rules: HostHeaderRule[], path: string): Record<string, string> =>
  Object.assign(
    {},
    ...rules
      .filter((rule) =>
        rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path,
      )
      .map((rule) => rule.headers),
  );

/** The _headers file for a site under `base` whose top level holds `entries` (name, is folder). */
export function hostHeaders(base: string, entries: { name: string; folder: boolean }[]): string {
  return [
    '# Written by the build (src/integrations/host-headers.ts) for Netlify and Cloudflare Pages.',
    ...hostHeaderRules(base, entries).map(({ path, headers }) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    ),
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
        writeFileSync(`${folder}/_headers`, hostHeaders(base, siteEntries(folder)));
      },
    },
  };
}
