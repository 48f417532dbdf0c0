/**
 * The type of the ready-made PDFs: Noto Sans SC and Noto Serif SC from Fontsource, the same designs
 * as Debian's Noto CJK. Chromium embeds these TrueType web fonts as named CID subsets; the system's
 * CFF Noto CJK would be embedded as unnamed Type 3 fonts. Only the PDF renderer loads them, straight
 * from node_modules, so readers of the site never download a font.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';

const FACES = [
  { family: 'Noto Sans SC', fontsource: 'noto-sans-sc', weights: [400, 500, 700] },
  { family: 'Noto Serif SC', fontsource: 'noto-serif-sc', weights: [700] },
  // Greek (Φ16m) and other letters the Chinese faces lack, which would fall back to a Type 3 font.
  { family: 'Noto Sans', fontsource: 'noto-sans', weights: [400, 500, 700] },
] as const;

/** The URL prefix under which the renderer's server serves the font files. */
const FONT_PATH = '/__pdf-fonts/';

const require = createRequire(import.meta.url);
const packageDir = (fontsource: string) =>
  dirname(require.resolve(`@fontsource/${fontsource}/package.json`));

/** For startStaticServer: each Fontsource package's files under FONT_PATH. */
export function pdfFontMounts(): Record<string, string> {
  return Object.fromEntries(
    FACES.map(({ fontsource }) => [
      `${FONT_PATH}${fontsource}/`,
      join(packageDir(fontsource), 'files'),
    ]),
  );
}

/** The @font-face rules, pointing at FONT_PATH, and the site's type tokens set to these faces. */
export function pdfFontCss(): string {
  const faces = FACES.flatMap(({ fontsource, weights }) =>
    weights.map((weight) =>
      readFileSync(join(packageDir(fontsource), `${weight}.css`), 'utf8').replaceAll(
        'url(./files/',
        `url(${FONT_PATH}${fontsource}/`,
      ),
    ),
  );
  const [sans, serif, letters] = FACES;
  const tokens = `:root { --font-sans: '${sans.family}', '${letters.family}', sans-serif; --font-serif: '${serif.family}', '${letters.family}', serif; }`;
  return [...faces, tokens].join('\n');
}

/** The @font-face rules, read once for all the PDFs of a run. */
let fontCss: string | undefined;

/**
 * Gives the page the PDF fonts and waits until every glyph it will print is loaded. Laying out the
 * page fetches the slices its text needs; canvas text (chart labels, in their JSON) and @page
 * margin boxes (running heads, in inline styles) fetch nothing, so their text is loaded up front.
 */
export async function usePdfFonts(page: Page): Promise<void> {
  fontCss ??= pdfFontCss();
  // A stylesheet from the page's own origin, which its Content-Security-Policy allows (an inline
  // style it would block).
  const stylesheet = `${FONT_PATH}fonts.css`;
  const css = fontCss;
  await page.route(`**${stylesheet}`, (route) =>
    route.fulfill({ body: css, contentType: 'text/css; charset=utf-8' }),
  );
  await page.addStyleTag({ url: stylesheet });
  const [sans, , letters] = FACES;
  await page.evaluate(
    async (families) => {
      const unrendered = [...document.querySelectorAll('script[type="application/json"], style')]
        .map((element) => element.textContent)
        .join('');
      await Promise.all(
        families.map((family) => document.fonts.load(`16px '${family}'`, unrendered)),
      );
      void document.body.offsetHeight; // lays the page out, which starts the loads its text needs
      await document.fonts.ready;
    },
    [sans.family, letters.family],
  );
}
