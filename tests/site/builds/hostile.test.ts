/**
 * Content written to attack the site, rendered through the real build without `npm run check`:
 * the rendering itself must be unable to emit script, whatever the check would have refused.
 *
 * (a) tests/fixtures/hostile: a site whose every kind of text field (report, chapters, sections,
 *     figures, photo captions, cases, pillars, KPIs, tables, honours) tries to break out of HTML,
 *     <style>, <script>, JSON and CSS strings, with HTML entities and safe links beside them. It
 *     must build, its PDFs and search index too, and no page may run any of it.
 * (b) tests/fixtures/hostile-mdx/constructs: one chapter per MDX construct (raw HTML, event
 *     handlers, SVG, frames, expressions, import/export, outside resources, and the javascript:,
 *     data: and vbscript: links in every spelling), each built alone in a copy of
 *     tests/fixtures/hostile-mdx/base so that one refusal cannot hide another. OUTCOMES below
 *     decides, per construct, what the build must do with it.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchOptions } from '../../../scripts/lib/browser.ts';
import { readSiteManifest } from '../../../src/publish/manifest.ts';
import {
  FIXTURES,
  astro,
  fixtureProject,
  pagefind,
  removeFolder,
  runAsync,
  scratchFolder,
  script,
  type RunResult,
} from '../../support/fixture-site.ts';
import { auditInBrowser, scanHtml } from '../../support/script-audit.ts';

const SITE = join(FIXTURES, 'hostile');
const MDX = join(FIXTURES, 'hostile-mdx');

/**
 * What the build must do with each MDX construct.
 * - refused: code or markup an editor cannot mean to publish (elements other than the site's tags,
 *   event handlers, expressions, import/export). The build must stop and name the chapter's file,
 *   so that the editor learns it, rather than publish a page that silently lacks part of the text.
 * - refused-or-safe: Markdown an editor may well mean (a link, an image) or a photo address; either
 *   the build stops naming the file and every attack in it, or it builds and no page runs any of
 *   it (a javascript: link turned into text or a safe address) nor reaches outside the site.
 * In both cases no code of the chapter may run while the site is built (HOSTILE_MARKER stays absent).
 */
const OUTCOMES: Record<string, 'refused' | 'refused-or-safe'> = {
  'script-element': 'refused',
  'script-external': 'refused',
  'img-onerror-html': 'refused',
  'img-onerror-jsx': 'refused',
  'a-onclick': 'refused',
  'a-javascript': 'refused',
  'svg-script': 'refused',
  'svg-onload': 'refused',
  'svg-foreign-object': 'refused',
  'svg-link': 'refused',
  iframe: 'refused',
  'iframe-srcdoc': 'refused',
  object: 'refused',
  embed: 'refused',
  base: 'refused',
  'meta-refresh': 'refused',
  'form-action': 'refused',
  'style-element': 'refused',
  'link-stylesheet': 'refused',
  expression: 'refused',
  'expression-build-time': 'refused',
  'expression-attribute': 'refused',
  'spread-attribute': 'refused',
  'import-statement': 'refused',
  'export-statement': 'refused',
  'external-image': 'refused-or-safe',
  'protocol-relative-image': 'refused-or-safe',
  'photo-src': 'refused-or-safe',
  'links-javascript': 'refused-or-safe',
  'links-encoded': 'refused-or-safe',
  'links-schemes': 'refused-or-safe',
};

/**
 * The attacks of a file that holds several (the link forms) carry a marker in their address, like
 * javascript:alert('link.plain'): a refusal must name each, so that none hides behind another.
 */
const MARKER = /\b(?:link|image)\.[a-z0-9-]+/g;

/** A site of its own for one construct: the base content plus the construct as its one chapter. */
function constructSite(name: string, root: string): string {
  const site = fixtureProject(join(root, name), { copy: join(MDX, 'base') });
  const report = join(site, 'content/2017/report.json');
  writeFileSync(
    report,
    readFileSync(report, 'utf8').replace('"chapters": ["attack"]', `"chapters": ["${name}"]`),
  );
  cpSync(
    join(MDX, 'constructs', `${name}.mdx`),
    join(site, `content/2017/chapters/01-${name}.mdx`),
  );
  return site;
}

const constructs = readdirSync(join(MDX, 'constructs'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => basename(file, '.mdx'))
  .sort();

let site: { build: RunResult; pdf?: RunResult; search?: RunResult };
const builds = new Map<string, RunResult & { site: string; marker: string }>();
let scratch: string;
let browser: Browser;

beforeAll(async () => {
  removeFolder(join(SITE, 'dist'));
  // Astro's content cache keeps entries parsed with an earlier schema while their files are unchanged.
  removeFolder(join(SITE, 'node_modules/.astro'));
  // The site, then its PDFs rendered from it, then its search index, as `npm run build` does.
  const build = await runAsync(astro('build'), { cwd: SITE });
  site = { build };
  if (build.status === 0) {
    site.pdf = await runAsync(script('pdf.ts'), { cwd: SITE });
    site.search = await runAsync(pagefind('--site', 'dist'), { cwd: SITE });
  }
  // Two construct sites at a time: one per core of the machines this runs on.
  // Inside the project, where the sites resolve astro and the other packages from node_modules/.
  scratch = scratchFolder('.work-hostile-mdx-');
  const queue = [...constructs];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const root = constructSite(name, scratch);
      const marker = join(scratch, `${name}.ran`);
      const result = await runAsync(astro('build'), { cwd: root, env: { HOSTILE_MARKER: marker } });
      builds.set(name, { ...result, site: root, marker });
    }
  };
  await Promise.all([worker(), worker()]);
  browser = await chromium.launch(launchOptions());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (scratch) removeFolder(scratch);
});

describe('a site whose every text field attacks (tests/fixtures/hostile)', () => {
  test('builds', () => {
    expect(site.build.status, site.build.output).toBe(0);
  });

  test('its PDFs render without running any of it, and without reaching outside the site', () => {
    expect(site.pdf?.status, site.pdf?.output).toBe(0);
    const missing = readSiteManifest(join(SITE, 'dist')).pdfs.filter(
      (target) => !existsSync(join(SITE, 'dist/pdf', String(target.year), target.file)),
    );
    expect(missing).toEqual([]);
  });

  test('its search index builds', () => {
    expect(site.search?.status, site.search?.output).toBe(0);
  });

  test('no built HTML file holds a script, event handler, frame or script URL the site did not write', () => {
    expect(scanHtml(join(SITE, 'dist'))).toEqual([]);
  });

  test('no page opens a dialog, reaches outside the site or holds script in Chromium', async () => {
    expect(await auditInBrowser(join(SITE, 'dist'), browser)).toEqual([]);
  });

  test('searching the attacks shows them as text', async () => {
    expect(
      await auditInBrowser(join(SITE, 'dist'), browser, [
        '/2017/search/?q=alert',
        '/2017/search/?q=script',
      ]),
    ).toEqual([]);
  });
});

describe('MDX constructs, each in a site of its own (tests/fixtures/hostile-mdx)', () => {
  test('every construct has a decided outcome', () => {
    expect(constructs).toEqual(Object.keys(OUTCOMES).sort());
  });

  test.each(constructs)('%s', async (name) => {
    const build = builds.get(name)!;
    expect(existsSync(build.marker), `the chapter's code ran during the build`).toBe(false);
    if (build.status !== 0) {
      expect(build.output, 'the build failed without naming the file').toContain(
        `content/2017/chapters/01-${name}.mdx`,
      );
      const source = readFileSync(join(MDX, 'constructs', `${name}.mdx`), 'utf8');
      const unnamed = [...source.matchAll(MARKER)]
        .map(([marker]) => marker)
        .filter((marker) => !build.output.includes(marker));
      expect(unnamed, 'the build did not name every attack of the file').toEqual([]);
      return;
    }
    // The chapter's text shows on its own page and in the whole report; every file is scanned.
    const dist = join(build.site, 'dist');
    const pages = [`/2017/${name}/`, '/2017/print/'];
    const findings = [...scanHtml(dist), ...(await auditInBrowser(dist, browser, pages))];
    expect(
      OUTCOMES[name],
      `the build published the construct; its pages hold ${findings.length} findings:\n${findings.join('\n')}`,
    ).toBe('refused-or-safe');
    expect(findings).toEqual([]);
  });
});
