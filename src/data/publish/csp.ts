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

/**
 * What /admin/ adds to the policy, on that page only: Decap CMS compiles its configuration's
 * schema with `new Function` (AJV), styles its React interface with inserted <style> elements and
 * style attributes (emotion), shows uploads as blob: images and the signed-in user's GitHub avatar,
 * reads an upload back from its blob: address before committing it, and talks to GitHub's API, or
 * to decap-server on this machine (`npm run cms`).
 */
export const ADMIN_CSP = {
  scriptResources: ["'unsafe-eval'"],
  styleResources: ["'self'", "'unsafe-inline'"],
  directives: [
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "connect-src 'self' blob: https://api.github.com http://localhost:8081 http://127.0.0.1:8081",
    // The editor's preview pane is a frame of the page itself.
    "frame-src 'self'",
  ],
} as const;

/** The admin policy's connect-src, with the origin of a decap-server at another address. */
export function adminConnectSources(localBackendUrl?: string): `connect-src ${string}` {
  const directive = ADMIN_CSP.directives.find((d) => d.startsWith('connect-src')) ?? 'connect-src';
  const extra = localBackendUrl ? ` ${new URL(localBackendUrl).origin}` : '';
  return `connect-src ${directive.replace(/^connect-src ?/, '')}${extra}`;
}
