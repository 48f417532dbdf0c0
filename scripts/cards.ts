/**
 * Renders a sharing card (og:image, 1200×630 PNG) for every page of a built site, from the page's
 * own title, into `--out` as <year>/<name>.png (src/data/cards.ts names them). `npm run build` runs
 * it on its staging folder, and its second site pass names the cards in the pages.
 */
import { chromium } from '@playwright/test';
import { decodeHTML } from 'entities';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchOptions } from './lib/browser.ts';
import { CARD_HTML, type CardText } from './lib/card-template.ts';
import { CARD_SIZE, cardFile } from '../src/data/cards.ts';
import { builtPages } from './lib/built-pages.ts';

const { values: options } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, out: { type: 'string' } },
});
const siteDir = options.site;
const outDir = options.out ?? join(siteDir, 'og');

const meta = (html: string, property: string) =>
  decodeHTML(new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1] ?? '');

/** The text of a page's card: its own title and the report's, from its sharing tags. */
function cardText(path: string, html: string): CardText | undefined {
  const site = meta(html, 'og:site_name');
  const full = meta(html, 'og:title');
  if (!site || !full) return undefined;
  const [organisation = '', report = ''] = site.split('《');
  return {
    year: path.split('/')[1] ?? '',
    organisation,
    title: full.split(' | ')[0] ?? full,
    report: `《${report}`,
  };
}

rmSync(outDir, { recursive: true, force: true });
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: CARD_SIZE, deviceScaleFactor: 1 });
const started = performance.now();
let count = 0;
try {
  for (const [path, html] of builtPages(siteDir)) {
    const text = cardText(path, html);
    if (!text || !/^\/\d{4}\//.test(path)) continue;
    await page.setContent(CARD_HTML);
    await page.evaluate((card) => {
      const set = (selector: string, value: string) => {
        document.querySelector(selector)!.textContent = value;
      };
      set('.year', card.year);
      set('.organisation', card.organisation);
      set('h1', card.title);
      set('.report', card.report);
      return document.fonts.ready;
    }, text);
    const file = join(outDir, cardFile(path).slice('og/'.length));
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file, type: 'png' });
    count += 1;
  }
} finally {
  await browser.close();
}
console.log(
  `cards: ${count} sharing cards in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
