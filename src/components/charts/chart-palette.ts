/**
 * What a chart takes from the page's CSS: its colours and its type. Read on the page's thread, the
 * only one with styles, and handed to whoever draws (chart-draw.ts here, or the chart worker).
 */

/** The colours a chart is drawn in, read from the page's CSS custom properties (tokens.css). */
export interface ChartPalette {
  /** The page's accent first, then the report's other tones. */
  series: string[];
  text: string;
  grid: string;
  tooltipBackground: string;
  tooltipText: string;
}

/** Line colours after the page's accent: the report's fruit, root, flower, leaf and stem tones. */
const SERIES_TOKENS = ['--fruit', '--root', '--flower', '--leaf', '--stem'];

/** The palette in force at an element: light or dark, after the element's 根·茎·叶·花·果 theme. */
export function readPalette(element: Element): ChartPalette {
  const style = getComputedStyle(element);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const accent = token('--accent');
  const others = SERIES_TOKENS.map(token).filter((colour) => colour !== accent);
  return {
    series: [accent, ...others],
    text: token('--ink-faint'),
    grid: token('--chart-grid'),
    tooltipBackground: token('--ink'),
    tooltipText: token('--paper'),
  };
}

/**
 * The light palette, which paper always gets: read from a probe that carries the chart's theme and
 * the .light-palette class, since a print event fires while the screen's (maybe dark) styles apply.
 */
export function readPrintPalette(element: Element): ChartPalette {
  const probe = document.createElement('span');
  probe.className = 'light-palette';
  probe.hidden = true;
  const theme = element.closest<HTMLElement>('[data-theme]')?.dataset['theme'];
  if (theme) probe.dataset['theme'] = theme;
  element.append(probe);
  try {
    return readPalette(probe);
  } finally {
    probe.remove();
  }
}

/** The site's text face (--font-sans), which the PDF renderer swaps for its embedded one. */
export function chartFontFamily(element: Element): string {
  return getComputedStyle(element).getPropertyValue('--font-sans').trim() || 'sans-serif';
}
