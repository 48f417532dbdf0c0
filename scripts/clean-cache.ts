/**
 * Empties the caches of rendered files, the PDFs (.cache/pdf/) and the sharing cards
 * (.cache/cards/): `npm run clean:cache`. The next build renders every one of them again.
 */
import { cardCache } from './lib/card-cache.ts';
import { pdfCache } from './lib/pdf-cache.ts';

for (const [cache, what] of [
  [pdfCache(), '个 PDF'],
  [cardCache(), '张分享卡片'],
] as const) {
  const count = cache.clear();
  console.log(`clean:cache：已删除 ${cache.folder}/（${count} ${what}）。`);
}
