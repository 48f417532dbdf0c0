/**
 * The publishing build renders the site once, before its PDFs and sharing cards exist. Under this
 * flag pages link every PDF and name every card as if they existed, leaving each PDF's size as an
 * empty placeholder; scripts/lib/finish-pages.ts then fills the sizes and stops the build if
 * anything a page names is missing. Without it (build:site, build:preview, dev) pages link no PDF
 * and name no card, for none exists.
 */
export const PUBLISH_LINKS_VARIABLE = 'PUBLISH_LINKS';
export const PUBLISH_LINKS_DEFERRED = 'deferred';

/** How every PDF size placeholder starts, so that one left unfilled is found. */
export const PDF_SIZE_PLACEHOLDER_START = '{{pdf-size:';

/**
 * The text PdfLink writes where a PDF's size goes (path: under pdf/, 2017/x.pdf), and the
 * finishing step (scripts/lib/finish-pages.ts) replaces: both import it from here. Plain text that
 * Astro's escaping leaves as it is.
 */
export const pdfSizePlaceholder = (path: string) => `${PDF_SIZE_PLACEHOLDER_START}${path}}}`;
