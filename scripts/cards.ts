/**
 * Renders a sharing card (og:image, 1200×630 PNG) for every page of a built site that has one, from
 * the text its site manifest gives (src/publish/manifest.ts), into `--out` as <year>/<name>.png (src/data/publish/cards.ts names them). `npm run build` runs
 * it on its staging folder, whose pages already name their cards; its finishing step checks that
 * every card named was rendered.
 *
 * A card whose text, size and renderer did not change since it was last rendered is copied from
 * the cache in .cache/cards/ instead (scripts/lib/card-cache.ts); `npm run clean:cache` empties it.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium, launchOptions } from './lib/browser.ts';
import { CARD_RENDERER_PACKAGES, cardCache, cardKey } from './lib/card-cache.ts';
import { rendererIdentity } from './lib/render-cache.ts';
import { CARD_HTML } from './lib/card-template.ts';
import { CARD_SIZE } from '../src/data/publish/cards.ts';
import { readSiteManifest, type CardText } from '../src/publish/manifest.ts';

const { values: options } = parseArgs({
  options: { site: { type: 'string', default: 'dist' }, out: { type: 'string' } },
});
const siteDir = options.site;
const outDir = options.out ?? join(siteDir, 'og');

rmSync(outDir, { recursive: true, force: true });
const started = performance.now();
const found = findChromium();
let renderer: string;
try {
  if ('missing' in found) throw new Error(found.missing);
  renderer = rendererIdentity(found.path, import.meta.filename, CARD_RENDERER_PACKAGES);
} catch (error) {
  console.error(`cards：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const cache = cardCache();
const cards = readSiteManifest(siteDir).pages.flatMap(({ card }) =>
  card ? [{ text: card.text, file: join(outDir, card.file.slice('og/'.length)) }] : [],
);
const write = (file: string, bytes: Uint8Array) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
};

async function render(page: Page, card: CardText): Promise<Uint8Array> {
  await page.setContent(CARD_HTML);
  await page.evaluate((text) => {
    const set = (selector: string, value: string) => {
      document.querySelector(selector)!.textContent = value;
    };
    set('.year', text.year);
    set('.organisation', text.organisation);
    set('h1', text.title);
    set('.report', text.report);
    return document.fonts.ready;
  }, card);
  return page.screenshot({ type: 'png' });
}

const misses = cards
  .map((card) => ({ ...card, key: cardKey(card.text, CARD_SIZE, renderer) }))
  .filter((card) => {
    const cached = cache.get(card.key);
    if (cached) write(card.file, cached);
    return !cached;
  });
if (misses.length > 0) {
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage({ viewport: CARD_SIZE, deviceScaleFactor: 1 });
    for (const card of misses) {
      const bytes = await render(page, card.text);
      cache.put(card.key, bytes);
      write(card.file, bytes);
    }
  } finally {
    await browser.close();
  }
}
cache.prune();
console.log(
  `cards：共 ${cards.length} 张分享卡片，新生成 ${misses.length} 张，取自缓存（${cache.folder}/）${cards.length - misses.length} 张；用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
);
