/**
 * The sizes the build makes of every photo: a few widths for screens (the browser picks by the
 * column width and the screen's pixel density) and one for print, at 300 dpi of its printed width.
 */

/** Widths for screens: a phone at 1x up to the 46rem column (736 px) at 2x. */
export const WEB_WIDTHS = [480, 800, 1200, 1600] as const;
/** The column the photo fills: the whole text width up to 46rem, the page less its margins below. */
export const WEB_SIZES = '(min-width: 64rem) 46rem, calc(100vw - 2rem)';

/** The printed text column: A4 (210 mm) less two margins of 18 mm (src/data/publish/print-pages.ts). */
export const PRINT_COLUMN_MM = 174;
/** The printed photo's greatest height, so that a tall photo and its caption fit on a page (PhotoNote.astro). */
export const PRINT_MAX_HEIGHT_MM = 120;
/** Print resolution: enough for offset and office printers alike. */
export const PRINT_DPI = 300;
const MM_PER_INCH = 25.4;

/** The screen widths for an original of this width: those below it, then the original's or the largest. */
export function webWidths(originalWidth: number): number[] {
  const largest = Math.min(originalWidth, WEB_WIDTHS[WEB_WIDTHS.length - 1] ?? originalWidth);
  return [...WEB_WIDTHS.filter((width) => width < largest), largest];
}

/** The print width in pixels: 300 dpi of the width it prints at, never more than the original. */
export function printWidth(original: { width: number; height: number }): number {
  const printedMm = Math.min(
    PRINT_COLUMN_MM,
    (PRINT_MAX_HEIGHT_MM * original.width) / original.height,
  );
  return Math.min(original.width, Math.round((printedMm / MM_PER_INCH) * PRINT_DPI));
}
