import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy beyond scripts and styles (which Astro writes with its hashes):
 * everything comes from the site's own origin, and nothing may frame, embed or redirect forms.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Pagefind's stylesheet draws its search icon as a data: image.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The script sources of every page, besides the hashes Astro adds: the site's own files, and
 * WebAssembly, which Pagefind's search runs as, from the search in every page's header.
 */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Directives a browser obeys only in an HTTP header, not in the page's <meta> (where Chromium
 * reports them as errors): for the host's headers file.
 */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The CSP source of an inline style or script Astro does not hash itself ('sha256-…'). */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
