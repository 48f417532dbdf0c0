/** Where the publishing build puts things, relative to the project root. */

/** The published site: what a host serves. */
export const PUBLISHED_SITE = 'dist';
/** The build's own files, outside the published site: staging folders, the PDF list. */
export const BUILD_CACHE = '.cache';
/** Every PDF the published site offers (written by the site build, kept beside dist/ for tests). */
export const PDF_MANIFEST = `${BUILD_CACHE}/pdf-targets.json`;
/** Rendered PDFs kept for reuse between builds (scripts/lib/pdf-cache.ts); `npm run clean:cache` empties it. */
export const PDF_CACHE = `${BUILD_CACHE}/pdf`;
/** Rendered sharing cards kept for reuse between builds (scripts/lib/card-cache.ts). */
export const CARD_CACHE = `${BUILD_CACHE}/cards`;
