/**
 * Byte budgets of the built site. Every page ships one small module after its first paint (the
 * header's search element, which loads Pagefind only when the reader opens search, the navigation
 * elements and the chart element); pages with charts load a tree-shaken Chart.js only when a chart
 * is needed, all within budgets. Prints the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { byTag, parseHtml, textOf } from '../../../scripts/lib/html.ts';
import { builtPages, DIST } from '../../support/built-site.ts';

/**
 * All a chart page may load for the screen: the worker that draws its charts, Chart.js with its line
 * and column charts included (about 61 KB), what hands the charts to it (about 1 KB) and the site's
 * search ranking (about 1 KB), which loads when search is opened.
 */
const CHART_PAGE_JS_BUDGET = 68 * 1024;
/** Chart.js on the page's own thread, loaded only to print (and where no worker can draw). */
const PAPER_CHARTS_BUDGET = 62 * 1024;
/**
 * The site's one module, the same on every page and fetched after the first paint: the header's
 * search element (Pagefind itself and the site's ranking load when search is opened), the contents
 * list, back to top, heading links and the <trend-chart> element (which hands a chart to the chart
 * worker, or loads Chart.js here for paper, when a chart is needed), the laying out of a chapter's
 * later blocks after the first paint, with Vite's helper for modules loaded on demand; and the
 * inline scripts (the one that starts the module, and a chapter's that lets its blocks wait). About
 * 5.6 KB gzipped on a chapter today.
 */
const PAGE_SCRIPT_BUDGET = 6 * 1024;
/** What opening search loads: Pagefind's Component UI (script and styles) and its search module. */
const SEARCH_OPEN_BUDGET = 64 * 1024;
const PAGE_CSS_BUDGET = 20 * 1024;

const gz = (text: string | Buffer) => gzipSync(text).length;
const scripts = (html: string) => byTag(parseHtml(html), 'script');
const scriptSources = (html: string) =>
  scripts(html).flatMap(({ attribs }) => (attribs['src'] ? [attribs['src']] : []));
/** Scripts written into the page, data (JSON) aside. */
const inlineScripts = (html: string) =>
  scripts(html)
    .filter(
      ({ attribs }) =>
        !attribs['src'] && !/^application\/(json|ld\+json)$/.test(attribs['type'] ?? ''),
    )
    .map((script) => textOf(script));
const styleSheets = (html: string) =>
  byTag(parseHtml(html), 'link')
    .filter(({ attribs }) => attribs['rel'] === 'stylesheet')
    .map(({ attribs }) => attribs['href'] ?? '');
const inlineStyles = (html: string) =>
  byTag(parseHtml(html), 'style').map((style) => textOf(style));

const pages = builtPages().filter(([path]) => path.startsWith('/2017/'));
const jsBytes = (html: string) =>
  scriptSources(html).reduce((sum, src) => sum + gz(readFileSync(join(DIST, src))), 0) +
  inlineScripts(html).reduce((sum, s) => sum + gz(s), 0);

/**
 * Modules a built script imports, statically (loaded with it) and dynamically (loaded later), and
 * the workers it starts.
 */
function imports(src: string): { eager: string[]; lazy: string[]; workers: string[] } {
  const code = readFileSync(join(DIST, src), 'utf8');
  const resolve = (specifier: string) =>
    specifier.startsWith('/') ? specifier : posix.join(posix.dirname(src), specifier);
  const quoted = '["\'`]([^"\'`]+\\.js)["\'`]';
  const eager = [
    ...code.matchAll(new RegExp(`(?:import|export)\\s*(?:[^"'\`();]*?from\\s*)?${quoted}`, 'g')),
  ]
    .filter((m) => !code.slice(Math.max(0, m.index - 1), m.index).endsWith('('))
    .map((m) => resolve(m[1]!));
  const lazy = [...code.matchAll(new RegExp(`import\\(\\s*${quoted}\\s*\\)`, 'g'))].map((m) =>
    resolve(m[1]!),
  );
  const workers = [
    ...code.matchAll(new RegExp(`new Worker\\(\\s*new URL\\(\\s*${quoted}`, 'g')),
  ].map((m) => resolve(m[1]!));
  return { eager, lazy, workers };
}

/**
 * The page's scripts and what they import: loaded with the page, loaded only on demand, and the
 * workers they start (each a bundle of its own).
 */
function moduleGraph(html: string): {
  eager: Set<string>;
  lazy: Set<string>;
  workers: Set<string>;
} {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const workers = new Set<string>();
  const visit = (src: string, into: Set<string>) => {
    if (eager.has(src) || into.has(src)) return;
    into.add(src);
    const found = imports(src);
    found.eager.forEach((dep) => visit(dep, into));
    found.lazy.forEach((dep) => visit(dep, lazy));
    found.workers.forEach((worker) => workers.add(worker));
  };
  scriptSources(html).forEach((src) => visit(src, eager));
  for (const src of eager) lazy.delete(src);
  return { eager, lazy, workers };
}
/** Whether a built file holds Chart.js, which keeps its state on each canvas under $chartjs. */
const isChartJs = (src: string) => readFileSync(join(DIST, src), 'utf8').includes('$chartjs');
const fileBytes = (files: Iterable<string>) =>
  [...files].reduce((sum, src) => sum + gz(readFileSync(join(DIST, src))), 0);

/** All a page loads up front: its scripts and what they import. */
const eagerBytes = (html: string) =>
  jsBytes(html) - fileBytes(scriptSources(html)) + fileBytes(moduleGraph(html).eager);

test(`every page ships at most ${PAGE_SCRIPT_BUDGET / 1024} KB of JavaScript before a chart or search is needed, the same on every page`, () => {
  expect(pages.length).toBeGreaterThan(40);
  expect(
    pages.filter(([, html]) => eagerBytes(html) > PAGE_SCRIPT_BUDGET).map(([path]) => path),
  ).toEqual([]);
  expect(new Set(pages.map(([, html]) => scriptSources(html).join(' '))).size).toBe(1);
});

test(`chart pages ship at most ${CHART_PAGE_JS_BUDGET / 1024} KB of gzipped JavaScript for the screen, ${PAPER_CHARTS_BUDGET / 1024} KB more to print`, () => {
  const withCharts = pages.filter(([, html]) => html.includes('<trend-chart'));
  expect(withCharts.map(([path]) => path)).toEqual(
    expect.arrayContaining(['/2017/kpis/environmental-investment/', '/2017/operations/']),
  );
  for (const [path, html] of withCharts) {
    const { eager, lazy, workers } = moduleGraph(html);
    const paper = [...lazy].filter(isChartJs);
    const bytes = jsBytes(html) - fileBytes(scriptSources(html)) + fileBytes(eager);
    const screen =
      bytes + fileBytes(workers) + fileBytes([...lazy].filter((src) => !paper.includes(src)));
    console.log(
      `budget: ${path} JavaScript ${(bytes / 1024).toFixed(1)} KB gzipped up front, ${(screen / 1024).toFixed(1)} KB with the charts on screen, ${(fileBytes(paper) / 1024).toFixed(1)} KB more to print them`,
    );
    expect(screen, path).toBeLessThanOrEqual(CHART_PAGE_JS_BUDGET);
    expect(fileBytes(paper), path).toBeLessThanOrEqual(PAPER_CHARTS_BUDGET);
  }
});

test(`chart pages load at most ${PAGE_SCRIPT_BUDGET / 1024} KB of JavaScript before a chart is needed, and Chart.js only then, in a worker`, () => {
  const withCharts = pages.filter(([, html]) => html.includes('<trend-chart'));
  for (const [path, html] of withCharts) {
    const { eager, workers } = moduleGraph(html);
    expect([...eager].filter(isChartJs), path).toEqual([]);
    expect([...workers].filter(isChartJs), path).not.toEqual([]);
    expect(fileBytes(eager), path).toBeLessThanOrEqual(PAGE_SCRIPT_BUDGET);
  }
});

test(`every page ships at most ${PAGE_CSS_BUDGET / 1024} KB of gzipped CSS, and HTML sizes are reported`, () => {
  for (const [path, html] of pages) {
    const css =
      styleSheets(html).reduce((sum, href) => sum + gz(readFileSync(join(DIST, href))), 0) +
      gz(inlineStyles(html).join(''));
    expect(css, `${path}: no CSS found`).toBeGreaterThan(1024);
    console.log(
      `budget: ${path} HTML ${(gz(html) / 1024).toFixed(1)} KB, CSS ${(css / 1024).toFixed(1)} KB gzipped`,
    );
    expect(css, path).toBeLessThanOrEqual(PAGE_CSS_BUDGET);
  }
});

test(`no page loads Pagefind before search is opened; opening it loads at most ${SEARCH_OPEN_BUDGET / 1024} KB gzipped`, () => {
  for (const [path, html] of pages) {
    expect(html, path).not.toMatch(/pagefind\/[\w-]+\.(?:js|css)/);
    for (const src of moduleGraph(html).eager)
      expect(readFileSync(join(DIST, src), 'utf8'), `${path}: ${src}`).not.toMatch(
        /import\([^)]*pagefind/,
      );
  }
  const bundle = join(DIST, 'pagefind');
  const opened = ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind.js'];
  expect(readdirSync(bundle)).toEqual(expect.arrayContaining(opened));
  const bytes = opened.reduce((sum, file) => sum + gz(readFileSync(join(bundle, file))), 0);
  console.log(
    `budget: opening search loads ${(bytes / 1024).toFixed(1)} KB gzipped (Pagefind's Component UI and search module; its index and WebAssembly follow as the reader types)`,
  );
  expect(bytes).toBeLessThanOrEqual(SEARCH_OPEN_BUDGET);
});
