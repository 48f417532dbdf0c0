/**
 * The publishing build's last touch to its pages, once the PDFs and sharing cards exist: every PDF
 * size placeholder a page holds (src/data/publish/publish-links.ts) gets the text a PDF link shows, and
 * every PDF and card a page names must be in the staging site, so that a published page never
 * links a file that is not there. What each page links and names comes from the site manifest
 * (src/publish/manifest.ts). The site is rendered once; this replaces a second Astro pass.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pdfSizeText } from '../../src/data/publish/pdfs.ts';
import {
  PDF_SIZE_PLACEHOLDER_START,
  pdfSizePlaceholder,
} from '../../src/data/publish/publish-links.ts';
import {
  SITE_MANIFEST_FILE,
  readSiteManifest,
  type ManifestPage,
} from '../../src/publish/manifest.ts';

/** What a page may name, as the staging site holds it. */
export interface BuiltFiles {
  /** The size of pdf/<path> (2017/x.pdf), or undefined when there is no such PDF. */
  pdfBytes(path: string): number | undefined;
  /** Whether the site holds a file (og/2017/intro.png), by its path under the site's folder. */
  has(path: string): boolean;
}

export interface FinishedPage {
  html: string;
  filled: number;
  /** What is wrong with the page, one sentence each; empty when it is ready to publish. */
  problems: string[];
}

/** One page's HTML finished, from its entry in the manifest (whose file names it in the problems). */
export function finishPage(page: ManifestPage, html: string, files: BuiltFiles): FinishedPage {
  const problems: string[] = [];
  let filled = 0;
  let finished = html;
  for (const path of page.pdfLinks) {
    const bytes = files.pdfBytes(path);
    const placeholder = pdfSizePlaceholder(path);
    if (bytes === undefined)
      problems.push(
        `${page.file} links the PDF pdf/${path}, which the PDF step did not produce. Every PDF a page links must be rendered: look above for the PDF step's messages, and make sure the page's PDF is listed in ${SITE_MANIFEST_FILE}.`,
      );
    else if (!finished.includes(placeholder))
      problems.push(
        `${page.file} links the PDF pdf/${path} but holds no size placeholder for it. src/components/PdfLink.astro writes it with pdfSizePlaceholder() (src/data/publish/publish-links.ts): keep it in the link.`,
      );
    else {
      filled += finished.split(placeholder).length - 1;
      finished = finished.replaceAll(placeholder, pdfSizeText(bytes));
    }
  }
  if (problems.length === 0 && finished.includes(PDF_SIZE_PLACEHOLDER_START))
    problems.push(
      `${page.file} still holds a PDF size placeholder (${PDF_SIZE_PLACEHOLDER_START}…) for a PDF that ${SITE_MANIFEST_FILE} does not list among its links, so its size could not be filled in. src/components/PdfLink.astro records every link it writes (recordPdf): keep the two together.`,
    );
  if (page.card?.named && !files.has(page.card.file))
    problems.push(
      `${page.file} names the sharing card ${page.card.named}, which the card step did not produce. Every card a page names must be rendered: look above for the card step's messages (scripts/cards.ts renders a card for every page of a year that has a title).`,
    );
  return { html: finished, filled, problems };
}

export class FinishFailed extends Error {}

/**
 * Finishes every page of a staging site whose PDFs are in <site>/pdf/ and cards in <site>/og/.
 * Writes nothing unless every page is ready; otherwise throws FinishFailed naming each problem.
 */
export function finishPages(site: string): { pages: number; filled: number } {
  const files: BuiltFiles = {
    pdfBytes: (path) => {
      const file = join(site, 'pdf', path);
      return existsSync(file) ? statSync(file).size : undefined;
    },
    has: (path) => existsSync(join(site, path)),
  };
  const pages = readSiteManifest(site).pages.map((page) => {
    const html = readFileSync(join(site, page.file), 'utf8');
    return { page, html, finished: finishPage(page, html, files) };
  });
  const problems = pages.flatMap(({ finished }) => finished.problems);
  if (problems.length > 0) throw new FinishFailed(problems.join('\n'));
  for (const { page, html, finished } of pages)
    if (finished.html !== html) writeFileSync(join(site, page.file), finished.html);
  return { pages: pages.length, filled: pages.reduce((sum, p) => sum + p.finished.filled, 0) };
}
