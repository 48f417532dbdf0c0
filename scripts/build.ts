/**
 * The publishing build: the content check, the site (once, its pages linking the PDFs and naming
 * the sharing cards to come, src/data/publish/publish-links.ts), its PDFs and cards rendered from it, the
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
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './lib/browser.ts';
import { BUILD_CACHE, PUBLISHED_SITE, SITE_MANIFEST } from './lib/build-paths.ts';
import { stepLine } from './lib/build-log.ts';
import { FinishFailed } from './lib/finish-pages.ts';
import { PDF_HELP } from './lib/pdf-help.ts';
import { publishSteps, type PublishStep } from './lib/publish-steps.ts';
import { toolArgs } from './lib/tool-args.ts';
import { SITE_MANIFEST_FILE } from '../src/publish/manifest.ts';

const { values: options } = toolArgs('build', {
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

// The site, its content and dist/ are those of the working folder.
const STAGING = join(BUILD_CACHE, `publish-${process.pid}`);
const pdfs = join(STAGING, 'pdf');
const cards = join(STAGING, 'og');
const site = join(STAGING, 'site');

class StepFailed extends Error {}

/** Runs a step, saying what it did and how long it took; a failed command stops the build. */
const run = (step: PublishStep) => {
  const started = performance.now();
  let done: string;
  if ('work' in step) done = step.work();
  else {
    done = [step.command, ...step.args].join(' ');
    try {
      execFileSync(step.command, step.args, {
        stdio: 'inherit',
        env: { ...process.env, ...step.env },
      });
    } catch {
      throw new StepFailed(done);
    }
  }
  console.log(stepLine(done, !('work' in step), (performance.now() - started) / 1000));
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
  for (const step of publishSteps({ site, pdfs, cards }, withPdfs)) run(step);
  // The manifest is for the build and its tests, not for readers.
  renameSync(join(site, SITE_MANIFEST_FILE), join(STAGING, SITE_MANIFEST_FILE));

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
