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
