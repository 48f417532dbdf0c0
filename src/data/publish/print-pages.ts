/**
 * The @page rules of a printed page: A4, margins, running heads (report left, page title right) and
 * page numbers. Margin boxes cannot read the page's content, so every page carries its own rules,
 * and page-specific rules (a cover, named chapter pages) must come after the general ones: Chromium
 * lets the later rule win.
 */
import { cssString } from '../text/safe-output';

const MARGIN_BOX = 'font-family: var(--font-sans); font-size: 8.5pt; color: #5b6b60;';

export function pageRules(
  reportHead: string,
  pageHead: string,
  extra: readonly string[] = [],
): string {
  return [
    `@page { size: A4; margin: 20mm 18mm 22mm;`,
    `  @top-left { content: ${cssString(reportHead)}; ${MARGIN_BOX} }`,
    `  @top-right { content: ${cssString(pageHead)}; ${MARGIN_BOX} }`,
    `  @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; ${MARGIN_BOX} } }`,
    ...extra,
  ].join('\n');
}

/**
 * The whole report's page rules (print.astro): a cover page without running heads, and each
 * chapter's pages (a named page per chapter, from its first page) headed with the chapter's title.
 */
export function reportPageRules(chapterTitles: readonly string[]): string[] {
  return [
    // The cover is the document's first page (Chromium applies no named page to the first page).
    '@page :first { margin: 0; @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }',
    ...chapterTitles.map(
      (title, i) => `@page chapter-${i + 1} { @top-right { content: ${cssString(title)}; } }`,
    ),
    ...chapterTitles.map(
      (_, i) => `.print-chapter[data-number="${i + 1}"] { page: chapter-${i + 1}; }`,
    ),
  ];
}
