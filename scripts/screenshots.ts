/**
 * Takes desktop and 390 px phone screenshots, in the light and the dark colour scheme, of one page of
 * each type from the built site, for a person to look at: `npm run screenshots` (after
 * `npm run build`). Writes screenshots/<viewport>-<scheme>_<page>.png.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from './lib/browser.ts';
import { startStaticServer } from './lib/static-server.ts';
import { toolArgs } from './lib/tool-args.ts';

const { positionals } = toolArgs('screenshots', { allowPositionals: true });
const pages =
  positionals.length > 0
    ? positionals
    : [
        '/2017/',
        '/2017/management/',
        '/2017/operations/',
        '/2017/pillars/production/',
        '/2017/performance/',
        '/2017/pioneer/',
        '/2017/cases/',
        '/2017/kpis/',
        '/2017/kpis/environmental-investment/',
        '/2017/search/?q=赤泥',
        '/404.html',
      ];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

const server = await startStaticServer('dist');
const browser = await chromium.launch(launchOptions());
mkdirSync('screenshots', { recursive: true });
try {
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport,
        deviceScaleFactor: 1,
        colorScheme,
        reducedMotion: 'reduce',
      });
      for (const path of pages) {
        await page.goto(server.url + path);
        // Charts draw as they near the viewport: pass over the page once so a full shot shows them.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
            scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          scrollTo(0, 0);
        });
        if (path.includes('/search/'))
          await page.locator('#search .pf-result-link').first().waitFor();
        const slug = path.replace(/\?.*$/, '').replaceAll('/', '_').replace(/_$/, '') || '_root';
        const file = `screenshots/${name}-${colorScheme}${slug}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
