/**
 * The PDF cache, on real builds of a small fixture site (`npm run build`, then scripts/pdf.ts on
 * its own) and real PDFs read with poppler: an unchanged build reuses every PDF byte for byte; a
 * one-line change in a chapter renders again only the PDFs that include that page; a change to a
 * script every page loads renders every PDF again; an entry that is not a whole PDF is never reused; and
 * `--clear-cache` empties it. No published PDF is ever stale. Sharing cards are reused the same way.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CARD_CACHE, PDF_CACHE, SITE_MANIFEST } from '../../../scripts/lib/build-paths.ts';
import { byTag, parseHtml } from '../../../scripts/lib/html.ts';
import type { ManifestPdf, SiteManifest } from '../../../src/publish/manifest.ts';
import {
  PUBLISH_LINKS_DEFERRED,
  PUBLISH_LINKS_VARIABLE,
} from '../../../src/data/publish/publish-links.ts';
import {
  BASE_CONTENT,
  fixtureProject,
  npmPath,
  removeFolder,
  run,
  scratchFolder,
  script,
} from '../../support/fixture-site.ts';
import { readBuildLog } from '../../../scripts/lib/build-log.ts';

const CHAPTER = 'content/2017/chapters/01-intro.mdx';
const NEW_SENTENCE = '管理正文，这一句是新加的。';
let root = '';
/** A limit for a whole build on a busy 2-core machine, not a measure of speed. */
const BUILD_LIMIT = 300_000;

/** One of the editors' tools in the fixture, as `npm run` runs it: what it printed, if it succeeded. */
function tool(name: string, ...args: string[]): string {
  const { status, output } = run(script(name, ...args), { cwd: root, env: { PATH: npmPath() } });
  if (status !== 0) throw new Error(`${name} failed:\n${output}`);
  return output;
}

/** The PDFs a run rendered (each gets a line with its size), by file name, sorted. */
const rendered = (output: string) => readBuildLog(output).renderedFiles;
/** The closing line's counts. */
const counts = (output: string) => readBuildLog(output).pdfs;

const targets = () =>
  (JSON.parse(readFileSync(join(root, SITE_MANIFEST), 'utf8')) as SiteManifest).pdfs;
const published = (target: ManifestPdf, folder = 'dist/pdf') =>
  join(root, folder, String(target.year), target.file);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const text = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

let cold = '';
beforeAll(() => {
  root = fixtureProject(scratchFolder('.work-pdfcache-'), { content: BASE_CONTENT });
  cold = tool('build.ts');
}, BUILD_LIMIT);
afterAll(() => removeFolder(root));

test('a first build renders every PDF, stores it in the cache and says so', () => {
  const all = targets();
  expect(all.length).toBeGreaterThan(2);
  expect(counts(cold)).toEqual({ all: all.length, rendered: all.length, reused: 0 });
  expect(rendered(cold)).toEqual(all.map((t) => t.file).sort());
  const entries = readdirSync(join(root, PDF_CACHE)).filter((name) => name.endsWith('.pdf'));
  expect(entries).toHaveLength(all.length);
});

test(
  'a build with nothing changed reuses every PDF and sharing card, byte for byte',
  () => {
    const before = targets().map((t) => sha(published(t)));
    const cards = () =>
      readdirSync(join(root, 'dist/og/2017')).map((name) => [
        name,
        sha(join(root, 'dist/og/2017', name)),
      ]);
    const cardsBefore = cards();
    const output = tool('build.ts');
    expect(counts(output)).toEqual({ all: before.length, rendered: 0, reused: before.length });
    expect(targets().map((t) => sha(published(t)))).toEqual(before);
    expect(output).toContain(
      `cards：共 ${cardsBefore.length} 张分享卡片，新生成 0 张，取自缓存（.cache/cards/）${cardsBefore.length} 张`,
    );
    expect(cards()).toEqual(cardsBefore);
  },
  BUILD_LIMIT,
);

test(
  'a one-line change in a chapter renders again only the PDFs that include that page',
  () => {
    const all = targets();
    const before = new Map(all.map((t) => [t.file, sha(published(t))]));
    const chapter = join(root, CHAPTER);
    writeFileSync(chapter, readFileSync(chapter, 'utf8').replace('管理正文。', NEW_SENTENCE));
    const output = tool('build.ts');

    const including = all.filter((t) => t.page === '/2017/intro/' || t.kind === 'report');
    expect(rendered(output)).toEqual(including.map((t) => t.file).sort());
    for (const target of all) {
      const holdsIt = text(published(target)).includes(NEW_SENTENCE);
      // The new text is in every PDF that includes the page, and the others are the same files.
      expect([target.file, holdsIt]).toEqual([target.file, including.includes(target)]);
      if (!including.includes(target))
        expect([target.file, sha(published(target))]).toEqual([
          target.file,
          before.get(target.file),
        ]);
    }
  },
  BUILD_LIMIT,
);

/** A site build of the fixture as the publishing build's site pass makes it (its links deferred). */
function draftSite(): string {
  const result = run(['astro', 'build', '--outDir', 'draft'], {
    cwd: root,
    env: { PATH: npmPath(), [PUBLISH_LINKS_VARIABLE]: PUBLISH_LINKS_DEFERRED },
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
  return join(root, 'draft');
}

test(
  'a change to a script every page loads renders every PDF again',
  () => {
    const site = draftSite();
    // The same HTML as the build's site pass: every PDF comes from the cache.
    const warm = tool('pdf.ts', '--site', site, '--out', 'pdf-warm');
    expect(counts(warm)?.rendered).toBe(0);

    // The CSS is inside each page (build.inlineStylesheets), so a change to it changes the page;
    // the files a page loads are its scripts (and images, fonts): one that every page loads.
    const all = targets();
    const scripts = all.map((t) => {
      const page = parseHtml(readFileSync(join(site, t.html), 'utf8'));
      return byTag(page, 'script').flatMap(({ attribs }) =>
        attribs['src']?.startsWith('/') ? [attribs['src'].slice(1)] : [],
      );
    });
    const shared = scripts[0]!.find((script) => scripts.every((list) => list.includes(script)));
    expect(shared).toBeDefined();
    // Same file name, new content: the key follows what the file holds, not what it is called.
    appendFileSync(join(site, shared!), "\ndocument.body.prepend('CHANGED');\n");

    const output = tool('pdf.ts', '--site', site, '--out', 'pdf-changed');
    expect(counts(output)).toEqual({ all: all.length, rendered: all.length, reused: 0 });
    for (const target of all)
      expect([target.file, text(published(target, 'pdf-changed')).includes('CHANGED')]).toEqual([
        target.file,
        true,
      ]);
  },
  BUILD_LIMIT,
);

test('a cache entry that is not a whole PDF is never reused', () => {
  const cache = join(root, PDF_CACHE);
  for (const name of readdirSync(cache)) {
    const file = join(cache, name);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
  }
  const output = tool('pdf.ts', '--site', join(root, 'draft'), '--out', 'pdf-repaired');
  expect(counts(output)?.reused).toBe(0);
  for (const target of targets())
    expect(
      execFileSync('pdfinfo', [published(target, 'pdf-repaired')], { encoding: 'utf8' }),
    ).toMatch(/^Pages: +\d+$/m);
});

test('--clear-cache empties the PDF cache, npm run clean:cache both caches', () => {
  expect(tool('pdf.ts', '--clear-cache')).toMatch(
    /^pdf：已清空 PDF 缓存（\.cache\/pdf\/，\d+ 个 PDF）。$/m,
  );
  expect(existsSync(join(root, PDF_CACHE))).toBe(false);
  expect(existsSync(join(root, CARD_CACHE))).toBe(true);
  expect(tool('clean-cache.ts')).toMatch(
    /^clean:cache：已删除 \.cache\/cards\/（\d+ 张分享卡片）。$/m,
  );
  expect(existsSync(join(root, CARD_CACHE))).toBe(false);
});
