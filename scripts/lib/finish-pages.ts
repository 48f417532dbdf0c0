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
  /** What is wrong with the page, one message each (in Chinese, for editors); empty when it is ready. */
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
        `${page.file} 链接了 PDF pdf/${path}，但 PDF 步骤没有生成这个文件。页面链接的每个 PDF 都必须生成：请查看上方 PDF 步骤的消息，并确认 ${SITE_MANIFEST_FILE} 列出了这一页的 PDF。`,
      );
    else if (!finished.includes(placeholder))
      problems.push(
        `${page.file} 链接了 PDF pdf/${path}，页面里却没有它的大小占位符。src/components/PdfLink.astro 用 pdfSizePlaceholder()（src/data/publish/publish-links.ts）写入占位符：请在链接中保留它。`,
      );
    else {
      filled += finished.split(placeholder).length - 1;
      finished = finished.replaceAll(placeholder, pdfSizeText(bytes));
    }
  }
  if (problems.length === 0 && finished.includes(PDF_SIZE_PLACEHOLDER_START))
    problems.push(
      `${page.file} 仍有一个 PDF 大小占位符（${PDF_SIZE_PLACEHOLDER_START}…），但 ${SITE_MANIFEST_FILE} 没有把对应的 PDF 列为这一页的链接，所以无法填入大小。src/components/PdfLink.astro 用 recordPdf 记录它写下的每个链接：请让两者保持一致。`,
    );
  if (page.card?.named && !files.has(page.card.file))
    problems.push(
      `${page.file} 指定了分享卡片 ${page.card.named}，但卡片步骤没有生成它。页面指定的每张卡片都必须生成：请查看上方卡片步骤的消息（scripts/cards.ts 为有标题的年份的每一页生成卡片）。`,
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
