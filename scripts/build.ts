/**
 * The publishing build: the content check, the site (once, its pages linking the PDFs and naming
 * the sharing cards to come, src/data/publish-links.ts), its PDFs and cards rendered from it, the
 * pages finished (each PDF's size filled in, and every PDF and card a page names checked to exist:
 * scripts/lib/finish-pages.ts), then the search index.
 *
 * Publishing is atomic: every step works in a staging folder beside dist/, and only when all of
 * them have succeeded does the finished site take dist/'s place. On any failure the staging folder
 * is removed and dist/ stays exactly as it was.
 *
 * Without Chromium there are no PDFs, and a site without them is never published by accident: the
 * build stops before it starts. `--preview-without-pdfs` (what `npm start` uses on a machine
 * without Chromium) builds the site without PDFs on purpose, for looking at, not for publishing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from './lib/browser.ts';
import { BUILD_CACHE, PUBLISHED_SITE, SITE_MANIFEST } from './lib/build-paths.ts';
import { FinishFailed, finishPages } from './lib/finish-pages.ts';
import { PDF_HELP } from './lib/pdf-help.ts';
import { PUBLISH_LINKS_DEFERRED, PUBLISH_LINKS_VARIABLE } from '../src/data/publish-links.ts';
import { SITE_MANIFEST_FILE } from '../src/publish/manifest.ts';

const { values: options } = parseArgs({
  options: { 'preview-without-pdfs': { type: 'boolean', default: false } },
});
const withPdfs = !options['preview-without-pdfs'];
const chromium = findChromium();
if (withPdfs && 'missing' in chromium) {
  console.error(
    `build：没有开始构建。${chromium.missing}发布构建用 Chromium 生成 PDF，从不发布没有 PDF 的网站。${PDF_HELP}（只想看看网站：npm start，或 npm run build -- --preview-without-pdfs。）什么都没有发布：${PUBLISHED_SITE}/ 保持原样。`,
  );
  process.exit(1);
}

/** The editors' tools beside this script; the site, its content and dist/ are those of the working folder. */
const SCRIPTS = import.meta.dirname;
const STAGING = join(BUILD_CACHE, `publish-${process.pid}`);
const pdfs = join(STAGING, 'pdf');
const cards = join(STAGING, 'og');
const site = join(STAGING, 'site');

class StepFailed extends Error {}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
  const started = performance.now();
  const shown = [command, ...args].join(' ');
  try {
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  } catch {
    throw new StepFailed(shown);
  }
  console.log(`build：${shown} 用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
};

/** The pages finished in place, once the PDFs and cards are in the site (see the top). */
const finish = () => {
  const started = performance.now();
  const { pages, filled } = finishPages(site);
  console.log(
    `build：完成页面（${pages} 页，${filled} 个 PDF 大小）用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`,
  );
};

const removeStaging = () => rmSync(STAGING, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removeStaging();
    process.exit(1);
  });
}

try {
  mkdirSync(STAGING, { recursive: true });
  // The content is checked first: if anything is wrong, nothing is built.
  run(process.execPath, [join(SCRIPTS, 'check.ts')]);
  if (withPdfs) {
    // --force: Astro's content cache would keep entries parsed with an earlier version of a schema.
    run('astro', ['build', '--force', '--outDir', site], {
      [PUBLISH_LINKS_VARIABLE]: PUBLISH_LINKS_DEFERRED,
    });
    run(process.execPath, [join(SCRIPTS, 'pdf.ts'), '--site', site, '--out', pdfs]);
    run(process.execPath, [join(SCRIPTS, 'cards.ts'), '--site', site, '--out', cards]);
    cpSync(pdfs, join(site, 'pdf'), { recursive: true });
    cpSync(cards, join(site, 'og'), { recursive: true });
    finish();
  } else {
    run('astro', ['build', '--force', '--outDir', site]);
  }
  // The manifest is for the build and its tests, not for readers.
  renameSync(join(site, SITE_MANIFEST_FILE), join(STAGING, SITE_MANIFEST_FILE));
  run('pagefind', ['--site', site]);

  const previous = `${PUBLISHED_SITE}.previous-${process.pid}`;
  if (existsSync(PUBLISHED_SITE)) renameSync(PUBLISHED_SITE, previous);
  renameSync(site, PUBLISHED_SITE);
  renameSync(join(STAGING, SITE_MANIFEST_FILE), SITE_MANIFEST);
  rmSync(previous, { recursive: true, force: true });
  removeStaging();
  console.log(
    withPdfs
      ? `build：网站已发布到 ${PUBLISHED_SITE}/`
      : `build：已在 ${PUBLISHED_SITE}/ 构建不含 PDF 的预览，只供查看，不能发布。`,
  );
} catch (error) {
  removeStaging();
  if (error instanceof FinishFailed) console.error(error.message);
  const what =
    error instanceof StepFailed
      ? `${error.message} 失败`
      : error instanceof FinishFailed
        ? '完成页面失败'
        : String(error);
  console.error(`build：已停止，${what}。什么都没有发布：${PUBLISHED_SITE}/ 保持原样。`);
  process.exit(1);
}
