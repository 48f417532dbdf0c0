/**
 * Renders the ready-made PDFs from a built site: one per chapter, one per pillar and the whole
 * report, with Chromium's page.pdf() (tagged, with bookmarks from the headings), then adds author,
 * subject and keywords. Prints each file's size and the time taken.
 *
 * A PDF whose inputs did not change since it was last rendered is copied from the cache in
 * .cache/pdf/ instead (scripts/lib/pdf-cache.ts says what counts as an input); the run prints how
 * many were reused and how many rendered. `--clear-cache` empties the cache and renders nothing
 * (`npm run clean:cache` empties it and the sharing cards' cache).
 *
 * `--site <folder>` is the built site (default dist/), `--out <folder>` where the PDFs go, as
 * <year>/<file>.pdf (default <site>/pdf). `npm run build` runs it on its staging folder, whose
 * pages already link the PDFs and get their sizes once they exist (scripts/lib/finish-pages.ts);
 * alone, `npm run pdf` after `npm run build:site` renders into dist/pdf/.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { PDFDocument } from '@cantoo/pdf-lib';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import { findChromium, launchOptions } from './lib/browser.ts';
import { environment } from '../src/config/env.ts';
import { PDF_RENDERER_PACKAGES, pdfCache, pdfKey } from './lib/pdf-cache.ts';
import { rendererIdentity } from './lib/render-cache.ts';
import { pdfFontMounts, usePdfFonts } from './lib/pdf-fonts.ts';
import { pointLinksAtPublicSite } from './lib/pdf-links.ts';
import { startStaticServer } from './lib/static-server.ts';
import { readSiteManifest, type ManifestPdf } from '../src/publish/manifest.ts';
import { pdfFileLine, pdfSummaryLine } from './lib/build-log.ts';
import { SCRIPTS_STARTED_ATTRIBUTE } from '../src/components/after-paint.ts';

const { values: options } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    out: { type: 'string' },
    'clear-cache': { type: 'boolean', default: false },
  },
});
const cache = pdfCache();
if (options['clear-cache']) {
  const count = cache.clear();
  console.log(`pdf：已清空 PDF 缓存（${cache.folder}/，${count} 个 PDF）。`);
  process.exit(0);
}
const siteDir = options.site;
const pdfDir = options.out ?? join(siteDir, 'pdf');

/**
 * The renderer runs on the build machine: a page that opens a dialog (editor text that ran as
 * script) or asks for anything outside the site is refused, and its requests are not sent.
 */
async function guard(page: Page, origin: string): Promise<string[]> {
  const intrusions: string[] = [];
  page.on('dialog', (dialog) => {
    intrusions.push(`打开了对话框（${dialog.type()}：${JSON.stringify(dialog.message())}）`);
    void dialog.dismiss().catch(() => {});
  });
  await page.route(
    (url) => url.origin !== new URL(origin).origin,
    (route) => {
      intrusions.push(`请求了 ${route.request().url()}`);
      return route.abort();
    },
  );
  return intrusions;
}

/**
 * How long one step of rendering a page may take (loading it, its chart script, its fonts, the
 * PDF itself): far beyond what any takes on a slow machine, so that only a page that never gets
 * there stops the build, naming the page and the step. PDF_STEP_TIMEOUT_MS shortens it for tests.
 */
const STEP_TIMEOUT_MS = environment().pdfStepTimeoutMs;

function within<T>(step: Promise<T>, page: string, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `pdf：${page} 未能在 ${STEP_TIMEOUT_MS / 1000} 秒内${what}。请在浏览器中打开这一页（npm run preview），查找缺失的文件或脚本错误。`,
          ),
        ),
      STEP_TIMEOUT_MS,
    );
  });
  return Promise.race([step, timeout]).finally(() => clearTimeout(timer));
}

/** Whether a page was rendered without the site's public address (its links to the site unlinked). */
let withoutPublicSite = false;

async function renderPdf(
  browser: Browser,
  origin: string,
  target: ManifestPdf,
): Promise<Uint8Array> {
  const page = await browser.newPage();
  const intrusions = await guard(page, origin);
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  try {
    await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    const response = await within(
      page.goto(origin + target.page, { waitUntil: 'load' }),
      target.page,
      '载入',
    );
    if (!response?.ok())
      throw new Error(
        `pdf：${target.page} 返回 HTTP ${response?.status()}（应为 200）。请在浏览器中打开这一页（npm run preview）查看原因。`,
      );
    // The page's module starts after its first paint (src/components/after-paint.ts): print the
    // page as a reader's browser shows it, with its scripts run.
    await within(
      page.waitForFunction(
        (attribute) => document.documentElement.hasAttribute(attribute),
        SCRIPTS_STARTED_ATTRIBUTE,
      ),
      target.page,
      '启动页面脚本',
    );
    // Charts start when scrolled near; Chromium's own beforeprint, fired inside page.pdf(), draws
    // them all at their print size, and drawn then they are recorded as vectors (drawn earlier, on
    // a beforeprint of our own, they would be bitmaps).
    await within(
      page.evaluate(async () => {
        if (document.querySelector('trend-chart')) await customElements.whenDefined('trend-chart');
      }),
      target.page,
      'load its chart script',
    );
    await within(usePdfFonts(page), target.page, '载入字体');
    const { publicSite } = await page.evaluate(pointLinksAtPublicSite, origin);
    if (!publicSite) withoutPublicSite = true;
    const pdf = await within(
      page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true }),
      target.page,
      '打印成 PDF',
    );
    if (intrusions.length > 0)
      throw new Error(
        `pdf：生成 ${target.page} 的 PDF 时，页面${intrusions.join('，')}：有内容被当作脚本运行，或访问了站外地址。这一页的 PDF 没有写入。`,
      );
    const pdfDocument = await PDFDocument.load(pdf, { updateMetadata: false });
    pdfDocument.setTitle(target.title, { showInWindowTitleBar: true });
    pdfDocument.setAuthor(target.author);
    pdfDocument.setSubject(target.title);
    pdfDocument.setKeywords(['降碳报告', String(target.year), target.author]);
    pdfDocument.setLanguage('zh-CN');
    return await pdfDocument.save({ useObjectStreams: false });
  } finally {
    await page.close();
  }
}

let manifest: ReturnType<typeof readSiteManifest>;
try {
  manifest = readSiteManifest(siteDir);
} catch (error) {
  console.error(`pdf：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
/** The folder of the address the site was built for: the pages are served there. */
const { base } = manifest;
rmSync(pdfDir, { recursive: true, force: true });
const started = performance.now();
const found = findChromium();
let renderer: string;
try {
  if ('missing' in found) throw new Error(found.missing);
  renderer = rendererIdentity(found.path, import.meta.filename, PDF_RENDERER_PACKAGES);
} catch (error) {
  console.error(`pdf：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const jobs = manifest.pdfs.map((target) => ({
  target,
  key: pdfKey(siteDir, base, target, renderer),
}));
const sizes: number[] = [];
const write = (target: ManifestPdf, bytes: Uint8Array) => {
  const folder = join(pdfDir, String(target.year));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, target.file), bytes);
  sizes.push(bytes.length);
};
const queue: typeof jobs = [];
for (const job of jobs) {
  const cached = cache.get(job.key);
  if (cached) write(job.target, cached);
  else queue.push(job);
}
const reused = jobs.length - queue.length;
if (queue.length > 0) {
  const server = await startStaticServer(siteDir, { base, mounts: pdfFontMounts() });
  const browser = await chromium.launch(launchOptions());
  /** PDFs rendered at once: one per core of the machines this runs on (2). */
  const CONCURRENCY = 2;
  const limit = pLimit(CONCURRENCY);
  try {
    await Promise.all(
      queue.map((job) =>
        limit(async () => {
          const before = performance.now();
          const bytes = await renderPdf(browser, server.url, job.target);
          cache.put(job.key, bytes);
          write(job.target, bytes);
          console.log(
            pdfFileLine(job.target.file, bytes.length, (performance.now() - before) / 1000),
          );
        }),
      ),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
cache.prune();
if (withoutPublicSite)
  console.log(
    `pdf：网站构建时没有设置公开地址，PDF 中指向网站页面的链接只是文字。设置 SITE_URL（例如 SITE_URL=https://example.com npm run build）后即为链接。`,
  );
const total = sizes.reduce((sum, n) => sum + n, 0);
console.log(
  pdfSummaryLine(
    { all: jobs.length, rendered: jobs.length - reused, reused },
    cache.folder,
    total / 1024 / 1024,
    (performance.now() - started) / 1000,
  ),
);
