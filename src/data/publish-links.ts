/**
 * The publishing build renders the site once, before its PDFs and sharing cards exist. Under this
 * flag pages link every PDF and name every card as if they existed, leaving each PDF's size as an
 * empty placeholder; scripts/lib/finish-pages.ts then fills the sizes and stops the build if
 * anything a page names is missing. Without it (build:site, build:preview, dev) pages link no PDF
 * and name no card, for none exists.
 */
import { environment, type Environment } from '../config/env.ts';

export const PUBLISH_LINKS_VARIABLE = 'PUBLISH_LINKS';
export const PUBLISH_LINKS_DEFERRED = 'deferred';

/** The attribute of a PDF size placeholder; its value is the PDF's path under pdf/ (2017/x.pdf). */
export const PDF_BYTES_ATTRIBUTE = 'data-pdf-bytes';

export const linksDeferred = (env: Environment = environment()) => env.linksDeferred;
