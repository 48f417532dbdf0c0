/**
 * Byte budgets of the built site. Every page ships the header's search element, which loads
 * Pagefind only when the reader opens search; pages without charts ship at most that and the small
 * navigation elements (contents list, back to top); pages with charts ship a small element up
 * front and a tree-shaken Chart.js only when a chart is needed, all within budgets. Prints the
 * figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { byTag, parseHtml, textOf } from '../../scripts/lib/html.ts';
import { builtPages, DIST } from './built-site.ts';

/**
 * All a chart page may load, Chart.js with its line and column charts included (about 60 KB), and
 * the site's search ranking (about 1 KB), which loads when search is opened.
 */
const CHART_PAGE_JS_BUDGET = 66 * 1024;
/**
 * The header's search element on every page (Pagefind itself and the site's ranking load when
 * search is opened), with Vite's helper for modules loaded on demand (under 1 KB).
 */
const SEARCH_ELEMENT_JS_BUDGET = 3 * 1024;
/** The contents list that marks the section being read, and the back-to-top link. */
const NAVIGATION_JS_BUDGET = 2 * 1024 + SEARCH_ELEMENT_JS_BUDGET;
/** What opening search loads: Pagefind's Component UI (script and styles) and its search module. */
const SEARCH_OPEN_BUDGET = 64 * 1024;
/**
 * What a chart page loads before any chart is needed: the <trend-chart> element (no Chart.js) and
 * the navigation elements.
 */
const CHART_PAGE_EAGER_JS_BUDGET = 3 * 1024 + NAVIGATION_JS_BUDGET;
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

/** Modules a built script imports: statically (loaded with it) and dynamically (loaded later). */
function imports(src: string): { eager: string[]; lazy: string[] } {
  const code = readFileSync(join(DIST, src), 'utf8');
  const resolve = (specifier: string) => posix.join(posix.dirname(src), specifier);
  const quoted = '["\'`]([^"\'`]+\\.js)["\'`]';
  const eager = [
    ...code.matchAll(new RegExp(`(?:import|export)\\s*(?:[^"'\`();]*?from\\s*)?${quoted}`, 'g')),
  ]
    .filter((m) => !code.slice(Math.max(0, m.index - 1), m.index).endsWith('('))
    .map((m) => resolve(m[1]!));
  const lazy = [...code.matchAll(new RegExp(`import\\(\\s*${quoted}\\s*\\)`, 'g'))].map((m) =>
    resolve(m[1]!),
  );
  return { eager, lazy };
}

/** The page's scripts and what they import: loaded with the page, and loaded only on demand. */
function moduleGraph(html: string): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (src: string, into: Set<string>) => {
    if (eager.has(src) || into.has(src)) return;
    into.add(src);
    const found = imports(src);
    found.eager.forEach((dep) => visit(dep, into));
    found.lazy.forEach((dep) => visit(dep, lazy));
  };
  scriptSources(html).forEach((src) => visit(src, eager));
  for (const src of eager) lazy.delete(src);
  return { eager, lazy };
}
const fileBytes = (files: Iterable<string>) =>
  [...files].reduce((sum, src) => sum + gz(readFileSync(join(DIST, src))), 0);

/** All a page loads up front: its scripts and what they import. */
const eagerBytes = (html: string) =>
  jsBytes(html) - fileBytes(scriptSources(html)) + fileBytes(moduleGraph(html).eager);

test(`pages without charts ship at most ${NAVIGATION_JS_BUDGET / 1024} KB of navigation and search JavaScript`, () => {
  const withoutCharts = pages.filter(([, html]) => !html.includes('<trend-chart'));
  expect(withoutCharts.length).toBeGreaterThan(10);
  expect(
    withoutCharts
      .filter(([, html]) => eagerBytes(html) > NAVIGATION_JS_BUDGET)
      .map(([path]) => path),
  ).toEqual([]);
  // Pages that need no navigation element ship only the header's search.
  expect(
    withoutCharts
      .filter(
        ([path, html]) =>
          !/<(chapter-contents|back-to-top)\b/.test(html) &&
          !path.endsWith('/search/') &&
          eagerBytes(html) > SEARCH_ELEMENT_JS_BUDGET,
      )
      .map(([path]) => path),
  ).toEqual([]);
});

test(`chart pages ship at most ${CHART_PAGE_JS_BUDGET / 1024} KB of gzipped JavaScript`, () => {
  const withCharts = pages.filter(([, html]) => html.includes('<trend-chart'));
  expect(withCharts.map(([path]) => path)).toEqual(
    expect.arrayContaining(['/2017/kpis/environmental-investment/', '/2017/operations/']),
  );
  for (const [path, html] of withCharts) {
    const { eager, lazy } = moduleGraph(html);
    const bytes = jsBytes(html) - fileBytes(scriptSources(html)) + fileBytes(eager);
    const all = bytes + fileBytes(lazy);
    console.log(
      `budget: ${path} JavaScript ${(bytes / 1024).toFixed(1)} KB gzipped up front, ${(all / 1024).toFixed(1)} KB with the charts`,
    );
    expect(all, path).toBeLessThanOrEqual(CHART_PAGE_JS_BUDGET);
  }
});

test(`chart pages load at most ${CHART_PAGE_EAGER_JS_BUDGET / 1024} KB of JavaScript before a chart is needed, and Chart.js only then`, () => {
  const withCharts = pages.filter(([, html]) => html.includes('<trend-chart'));
  for (const [path, html] of withCharts) {
    const { eager, lazy } = moduleGraph(html);
    const isChartJs = (src: string) =>
      // Chart.js keeps its own state on each canvas under $chartjs, a name that survives minifying.
      readFileSync(join(DIST, src), 'utf8').includes('$chartjs');
    expect([...eager].filter(isChartJs), path).toEqual([]);
    expect([...lazy].filter(isChartJs), path).not.toEqual([]);
    expect(fileBytes(eager), path).toBeLessThanOrEqual(CHART_PAGE_EAGER_JS_BUDGET);
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
