/**
 * Takes desktop and 390 px phone screenshots of one page of each type from the built site, for a
 * person to look at: `npm run screenshots` (after `npm run build`). Writes screenshots/*.png.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from './lib/browser.ts';
import { startStaticServer } from './lib/static-server.ts';

const pages =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [
        '/2017/',
        '/2017/management/',
        '/2017/operations/',
        '/2017/pillars/production/',
        '/2017/cases/',
        '/2017/kpis/',
      ];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const server = await startStaticServer('dist');
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const [name, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const path of pages) {
      await page.goto(server.url + path);
      const file = `screenshots/${name}${path.replaceAll('/', '_').replace(/_$/, '') || '_root'}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
