/**
 * The PDF cache: a rendered PDF is kept under a key made of everything that decides it, and reused
 * while that key is unchanged (the store: scripts/lib/render-cache.ts). The key covers the PDF's
 * entry in the site manifest (src/publish/manifest.ts), the page's built HTML (as the renderer is served it), every file that page loads (scripts/lib/page-inputs.ts:
 * stylesheets and what they name, scripts and the modules they import, images), the headers the
 * server sends (_headers), the PDF's title, author and file name, the base the site is served
 * under, and the renderer: the Chromium version, the code of scripts/pdf.ts and every module it
 * imports, and the versions of the packages that write the PDF and give it its fonts. A change to
 * any of them is a new key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDF_CACHE } from './build-paths.ts';
import { pageInputs } from './page-inputs.ts';
import { RenderCache } from './render-cache.ts';
import { sha256 } from '../../src/pipeline/sha256.ts';
import type { ManifestPdf } from '../../src/publish/manifest.ts';

/** Bump to drop every entry written before a change in what the key means. */
const KEY_FORMAT = 1;

/** The packages whose versions change the bytes of a PDF: the browser driver, pdf-lib, the fonts. */
export const PDF_RENDERER_PACKAGES = [
  '@playwright/test',
  '@cantoo/pdf-lib',
  '@fontsource/noto-sans-sc',
  '@fontsource/noto-serif-sc',
  '@fontsource/noto-sans',
];

/** The host's headers file of a built site, which scripts/lib/static-server.ts sends. */
const HOST_HEADERS = '_headers';

/** The key of a PDF, from its entry in the manifest of the site in `site`. */
export function pdfKey(site: string, base: string, target: ManifestPdf, renderer: string): string {
  const path = join(site, target.html);
  const html = existsSync(path) ? readFileSync(path, 'utf8') : '';
  // _headers: the renderer's server sends its headers (the Content-Security-Policy among them).
  const inputs = [...pageInputs(site, base, target.page, html), HOST_HEADERS].map((input) => {
    const file = join(site, input);
    return [input, existsSync(file) ? sha256(readFileSync(file)) : 'missing'];
  });
  return sha256(
    JSON.stringify({
      format: KEY_FORMAT,
      renderer,
      base,
      target: [target.page, target.file, target.title, target.year, target.author],
      html: sha256(html),
      inputs,
    }),
  );
}

/** Whether bytes are a whole PDF: a header at the start, an end-of-file marker at the end. */
export function isWholePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 32))).toString('latin1');
  return head === '%PDF-' && tail.trimEnd().endsWith('%%EOF');
}

export const pdfCache = () => new RenderCache(PDF_CACHE, 'pdf', isWholePdf);
