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
 * The pages measured, one of each type: cover, plain chapter, chapter with charts, KPI overview,
 * indicator page, pillar page, cases, search. Add a path here to measure another page type
 * (`npm run bench -- --lighthouse --all-pages` measures every page).
 */
export const LIGHTHOUSE_PAGES = [
  '/2017/',
  '/2017/foreword/',
  '/2017/operations/',
  '/2017/kpis/',
  '/2017/kpis/environmental-investment/',
  '/2017/pillars/management/',
  '/2017/cases/',
  '/2017/search/',
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
  /** What the largest paint is (its selector) and how its time is made up, in ms. */
  lcpElement: string;
  lcpPhases: Record<string, number>;
  /** The main thread's work by kind (script evaluation, style & layout, …), largest first, in ms. */
  mainThread: Record<string, number>;
  /** Audits that lost points outside performance, by id, to say what to fix. */
  failing: string[];
  /** Each run's TBT, in ms, where several were taken: how far it moves from run to run. */
  tbtRunsMs?: number[];
}

interface Details {
  type?: string;
  items?: (Record<string, unknown> & { items?: Record<string, unknown>[] })[];
}
export interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; details?: Details }>;
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

/** The largest paint's element and phases, from Lighthouse's own breakdown of it. */
function largestPaint(lhr: Lhr): Pick<LighthouseResult, 'lcpElement' | 'lcpPhases'> {
  const tables = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = tables[0]?.items?.[0]?.['node'] as
    { selector?: string; nodeLabel?: string } | undefined;
  const phases = Object.fromEntries(
    (tables[1]?.items ?? []).map((row) => [
      String(row['phase']),
      Math.round(Number(row['timing'])),
    ]),
  );
  return { lcpElement: node?.selector ?? node?.nodeLabel ?? '(none)', lcpPhases: phases };
}

/** The main thread's work by group, largest first. */
function mainThreadWork(lhr: Lhr): Record<string, number> {
  const items = lhr.audits['mainthread-work-breakdown']?.details?.items ?? [];
  return Object.fromEntries(
    items
      .map(
        (row) =>
          [String(row['groupLabel'] ?? row['group']), Math.round(Number(row['duration']))] as const,
      )
      .sort((a, b) => b[1] - a[1]),
  );
}

export const toResult = (page: string, lhr: Lhr): LighthouseResult => {
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
    ...largestPaint(lhr),
    mainThread: mainThreadWork(lhr),
    failing,
  };
};

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2
    ? sorted[Math.floor(middle)]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Several runs of one page as one result: each figure (scores, LCP, TBT, CLS) the median of its own
 * runs, as TBT and LCP do not move together; what the largest paint is, its phases and the main
 * thread's work from the run whose largest paint is the median one.
 */
export function medianOfRuns(runs: readonly LighthouseResult[]): LighthouseResult {
  const typical = [...runs].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor((runs.length - 1) / 2)];
  if (!typical) throw new Error('bench: no Lighthouse run to take the median of.');
  const of = (figure: (run: LighthouseResult) => number) => median(runs.map(figure));
  return {
    ...typical,
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round(of((run) => run.scores[id]))]),
    ) as LighthouseResult['scores'],
    lcpMs: Math.round(of((run) => run.lcpMs)),
    tbtMs: Math.round(of((run) => run.tbtMs)),
    cls: Number(of((run) => run.cls).toFixed(3)),
    tbtRunsMs: runs.map((run) => run.tbtMs),
  };
}

/**
 * Lighthouse on each page of the built site in `site`, served under `base` on `port` (0: any free
 * one), one after another; `runs` times each, as one result of their medians.
 */
export async function auditPages(
  site: string,
  { pages = LIGHTHOUSE_PAGES, base = '/', port = 0, runs = 1 } = {},
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
      const each: LighthouseResult[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!run) throw new Error(`bench: Lighthouse returned nothing for ${url}.`);
        each.push(toResult(page, run.lhr));
      }
      results.push(medianOfRuns(each));
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}
