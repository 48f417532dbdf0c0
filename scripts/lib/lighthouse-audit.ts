/**
 * Lighthouse (mobile preset: a mid-range phone on a slow 4G network, simulated) on pages of a
 * built site served as a static host would serve it, in Debian's Chromium. Lighthouse lives in its
 * own small package, bench/lighthouse/ (installed with npm ci on first use), apart from the site's
 * dependencies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from './browser.ts';
import { startStaticServer } from './static-server.ts';

/**
 * The pages measured: the cover, a chapter with charts, the KPI overview and an indicator page.
 * Add a path here to measure another page type (`npm run bench -- --lighthouse --all-pages`
 * measures every page).
 */
export const LIGHTHOUSE_PAGES = [
  '/2017/',
  '/2017/operations/',
  '/2017/kpis/',
  '/2017/kpis/environmental-investment/',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LIGHTHOUSE_DIR = join(import.meta.dirname, '../../bench/lighthouse');

export interface LighthouseResult {
  page: string;
  /** 0 to 100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that lost points outside performance, by id, to say what to fix. */
  failing: string[];
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number }>;
}
type Lighthouse = (
  url: string,
  flags: { port: number; output: 'json'; logLevel: 'error' },
) => Promise<{ lhr: Lhr } | undefined>;
interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{
    port: number;
    kill(): void;
  }>;
}

async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; launcher: ChromeLauncher }> {
  const module = (path: string) => pathToFileURL(join(LIGHTHOUSE_DIR, 'node_modules', path)).href;
  if (!existsSync(join(LIGHTHOUSE_DIR, 'node_modules/lighthouse'))) {
    console.log('bench: installing Lighthouse into bench/lighthouse/ (npm ci, once)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: LIGHTHOUSE_DIR,
      stdio: 'inherit',
    });
  }
  const lighthouse = ((await import(module('lighthouse/core/index.js'))) as { default: Lighthouse })
    .default;
  const launcher = (await import(module('chrome-launcher/dist/index.js'))) as ChromeLauncher;
  return { lighthouse, launcher };
}

const toResult = (page: string, lhr: Lhr): LighthouseResult => {
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as LighthouseResult['scores'];
  const failing = CATEGORIES.filter((id) => id !== 'performance').flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}/${ref.id}`),
  );
  return {
    page,
    scores,
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    failing,
  };
};

/**
 * Lighthouse on each page of the built site in `site`, served under `base` on `port` (0: any free
 * one), one after another.
 */
export async function auditPages(
  site: string,
  { pages = LIGHTHOUSE_PAGES, base = '/', port = 0 } = {},
): Promise<LighthouseResult[]> {
  const found = findChromium();
  if ('missing' in found) throw new Error(`bench: ${found.missing}`);
  const { lighthouse, launcher } = await loadLighthouse();
  const server = await startStaticServer(site, { base, port });
  const chrome = await launcher.launch({
    chromePath: found.path,
    chromeFlags: ['--no-sandbox', '--headless=new'],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const page of pages) {
      const url = `${server.url}${base}${page.replace(/^\//, '')}`;
      const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!run) throw new Error(`bench: Lighthouse returned nothing for ${url}.`);
      results.push(toResult(page, run.lhr));
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}
