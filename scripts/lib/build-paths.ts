/** Where the publishing build puts things, relative to the project root. */
import { SITE_MANIFEST_FILE } from '../../src/publish/manifest.ts';

/** The published site: what a host serves. */
export const PUBLISHED_SITE = 'dist';
/** The build's own files, outside the published site: staging folders, the site manifest. */
export const BUILD_CACHE = '.cache';
/** The published site's manifest (src/publish/manifest.ts), kept beside dist/ for tests. */
export const SITE_MANIFEST = `${BUILD_CACHE}/${SITE_MANIFEST_FILE}`;
/** Rendered PDFs kept for reuse between builds (scripts/lib/pdf-cache.ts); `npm run clean:cache` empties it. */
export const PDF_CACHE = `${BUILD_CACHE}/pdf`;
/** Rendered sharing cards kept for reuse between builds (scripts/lib/card-cache.ts). */
export const CARD_CACHE = `${BUILD_CACHE}/cards`;
