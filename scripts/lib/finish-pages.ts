/**
 * The publishing build's last touch to its pages, once the PDFs and sharing cards exist: every PDF
 * size placeholder (src/data/publish-links.ts) gets the text a PDF link shows, and every PDF and
 * card a page names must be in the staging site, so that a published page never links a file that
 * is not there. The site is rendered once; this replaces a second Astro pass.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutBase } from '../../src/data/base-path.ts';
import { htmlFiles } from './built-pages.ts';
import { pdfSizeText } from '../../src/data/pdfs.ts';
import { PDF_BYTES_ATTRIBUTE } from '../../src/data/publish-links.ts';

/** What a page may name, as the staging site holds it. */
export interface BuiltFiles {
  /** The size of pdf/<path> (2017/x.pdf), or undefined when there is no such PDF. */
  pdfBytes(path: string): number | undefined;
  /** Whether the site holds a file (og/2017/intro.png), by its path under the site's folder. */
  has(path: string): boolean;
  /** The folder of the address the site is built for ("/" or "/reports/carbon/"). */
  base: string;
}

export interface FinishedPage {
  html: string;
  filled: number;
  /** What is wrong with the page, one sentence each; empty when it is ready to publish. */
  problems: string[];
}

const PLACEHOLDER = new RegExp(
  `<span([^>]*?) ${PDF_BYTES_ATTRIBUTE}="([^"]*)"([^>]*)></span>`,
  'g',
);
const CARD_TAG = /<meta (?:property="og:image"|name="twitter:image") content="([^"]*)"/g;

/** One page's HTML finished: `page` names it in the problems (its file in the site). */
export function finishPage(page: string, html: string, files: BuiltFiles): FinishedPage {
  const problems: string[] = [];
  let filled = 0;
  const finished = html.replace(
    PLACEHOLDER,
    (span, before: string, path: string, after: string) => {
      const bytes = files.pdfBytes(path);
      if (bytes === undefined) {
        problems.push(
          `${page} links the PDF pdf/${path}, which the PDF step did not produce. Every PDF a page links must be rendered: look above for the PDF step's messages, and make sure the page's PDF is listed in pdf-targets.json.`,
        );
        return span;
      }
      filled += 1;
      return `<span${before}${after}>${pdfSizeText(bytes)}</span>`;
    },
  );
  if (problems.length === 0 && finished.includes(PDF_BYTES_ATTRIBUTE))
    problems.push(
      `${page} still holds a PDF size placeholder (${PDF_BYTES_ATTRIBUTE}) that is not an empty <span>, so its size could not be filled in. The placeholder is written by src/components/PdfLink.astro: keep it an empty <span> with the attribute.`,
    );
  for (const [, address = ''] of html.matchAll(CARD_TAG)) {
    const path = withoutBase(files.base, new URL(address, 'http://site.invalid/').pathname);
    if (!files.has(path.replace(/^\//, '')))
      problems.push(
        `${page} names the sharing card ${address}, which the card step did not produce. Every card a page names must be rendered: look above for the card step's messages (scripts/cards.ts renders a card for every page of a year that has a title).`,
      );
  }
  return { html: finished, filled, problems };
}

export class FinishFailed extends Error {}

/** The folder of the address a site was built for, as its site build wrote it in pdf-targets.json. */
const builtBase = (site: string) =>
  (JSON.parse(readFileSync(join(site, 'pdf-targets.json'), 'utf8')) as { base: string }).base;

/**
 * Finishes every page of a staging site whose PDFs are in <site>/pdf/ and cards in <site>/og/.
 * Writes nothing unless every page is ready; otherwise throws FinishFailed naming each problem.
 */
export function finishPages(
  site: string,
  base = builtBase(site),
): { pages: number; filled: number } {
  const files: BuiltFiles = {
    base,
    pdfBytes: (path) => {
      const file = join(site, 'pdf', path);
      return existsSync(file) ? statSync(file).size : undefined;
    },
    has: (path) => existsSync(join(site, path)),
  };
  const pages = htmlFiles(site).map((file) => {
    const html = readFileSync(join(site, file), 'utf8');
    return { file, html, finished: finishPage(file, html, files) };
  });
  const problems = pages.flatMap((page) => page.finished.problems);
  if (problems.length > 0) throw new FinishFailed(problems.join('\n'));
  for (const { file, html, finished } of pages)
    if (finished.html !== html) writeFileSync(join(site, file), finished.html);
  return { pages: pages.length, filled: pages.reduce((sum, p) => sum + p.finished.filled, 0) };
}
