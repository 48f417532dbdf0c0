/**
 * Finds what in a built site could run script that the site itself did not put there: in the HTML
 * as written (a scan of the files) and in the page as Chromium builds it (dialogs, requests outside
 * the site, elements and attributes that run script). Each finding names the page and the markup.
 */
import { chromium, type Browser } from '@playwright/test';
import { launchOptions } from '../../scripts/lib/browser.ts';
import { elements, parseHtml, textOf } from '../../scripts/lib/html.ts';
import { startStaticServer } from '../../scripts/lib/static-server.ts';
import { RESULT_TEMPLATE } from '../../src/components/search/search-parts.ts';
import { AFTER_PAINT_SCRIPT } from '../../src/components/after-paint.ts';
import { LAYOUT_LATER_SCRIPT } from '../../src/components/later-layout.ts';
import { builtPages } from './built-site.ts';

/** Elements that load or run code, or change where the page's links and scripts come from. */
const FORBIDDEN_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base'];
/** Attributes whose URL runs as script when it is javascript:, or as a document when data:. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

/** Pagefind's Component UI, which search adds to a page when the reader opens it. */
const PAGEFIND_SCRIPT = '/pagefind/pagefind-component-ui.js';

/** A URL as the browser reads it: tabs and newlines removed, leading controls and spaces trimmed. */
export function scriptingScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^(javascript|vbscript|data):/i.exec(cleaned)?.[1]?.toLowerCase();
}

interface Tag {
  name: string;
  attributes: [string, string][];
  text: string;
  source: string;
}

/** The tags of an HTML file as an HTML parser sees them, attributes decoded. */
function tags(html: string): Tag[] {
  return elements(parseHtml(html)).map((element) => {
    // Names as the rules spell them: the parser keeps SVG's own case (foreignObject).
    const name = element.name.toLowerCase();
    const attributes = Object.entries(element.attribs).map(([key, value]): [string, string] => [
      key.toLowerCase(),
      value,
    ]);
    const text = ['script', 'style', 'title', 'textarea'].includes(name) ? textOf(element) : '';
    const markup = `<${name}${attributes.map(([key, value]) => ` ${key}="${value}"`).join('')}>`;
    return {
      name,
      attributes,
      text,
      source: `${markup}${text.slice(0, 80)}`.slice(0, 200),
    };
  });
}

/**
 * Whether a <script> is one the site itself writes: its bundled modules, chart data, and its two
 * inline scripts, word for word: the one that starts the bundled module after the first paint, and
 * a chapter's, which lets its later blocks wait for their layout.
 */
function ownScript({ attributes, text }: Tag): boolean {
  const attrs = new Map(attributes);
  const type = attrs.get('type');
  if (attributes.length === 0) return [AFTER_PAINT_SCRIPT, LAYOUT_LATER_SCRIPT].includes(text);
  if (type === 'module') return (attrs.get('src') ?? '').startsWith('/_astro/') && !text.trim();
  if (type === 'application/json') {
    try {
      JSON.parse(text);
      return attributes.length === 1;
    } catch {
      return false;
    }
  }
  return false;
}

/** The root page leads to the latest year with a meta refresh: the only one the site writes. */
const ownRefresh = (path: string, content: string) =>
  path === '/' && /^0; ?url=\/\d{4}\/$/.test(content);

/** What in the HTML files could run script, page by page. */
export function scanHtml(dist: string): string[] {
  const findings: string[] = [];
  for (const [path, html] of builtPages(dist)) {
    const report = (what: string, tag: Tag) => findings.push(`${path}: ${what}: ${tag.source}`);
    for (const tag of tags(html)) {
      if (tag.name === 'script' && !ownScript(tag)) report('a script', tag);
      if (FORBIDDEN_ELEMENTS.includes(tag.name)) report(`<${tag.name}>`, tag);
      if (tag.name === 'foreignobject') report('an SVG <foreignObject>', tag);
      const attrs = new Map(tag.attributes);
      if (
        tag.name === 'meta' &&
        /refresh/i.test(attrs.get('http-equiv') ?? '') &&
        !ownRefresh(path, attrs.get('content') ?? '')
      )
        report('a meta refresh', tag);
      for (const [key, value] of tag.attributes) {
        if (key.startsWith('on')) report(`an event handler (${key})`, tag);
        if (key === 'srcdoc') report('a srcdoc document', tag);
        const scheme = URL_ATTRIBUTES.includes(key) ? scriptingScheme(value) : undefined;
        if (scheme) report(`a ${scheme}: URL in ${key}`, tag);
      }
    }
  }
  return findings;
}

/** Runs in the page: the same rules as scanHtml, on the DOM the browser built. */
function auditDom({
  path,
  forbidden,
  urlAttributes,
  pagefindScript,
  resultTemplate,
  inlineScripts,
}: {
  path: string;
  forbidden: string[];
  urlAttributes: string[];
  pagefindScript: string;
  resultTemplate: string;
  inlineScripts: string[];
}): string[] {
  const findings: string[] = [];
  const squashText = (text: string) => text.replace(/\s+/g, ' ').trim();
  const scheme = (url: string) =>
    /^(javascript|vbscript|data):/i.exec(
      url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''),
    )?.[1];
  const describe = (element: Element) => element.outerHTML.slice(0, 160);
  const ownScript = (script: Element) => {
    const names = script.getAttributeNames();
    const type = script.getAttribute('type');
    const text = script.textContent ?? '';
    if (script.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
    if (names.length === 0) return inlineScripts.includes(text);
    if (type === 'module')
      return (script.getAttribute('src') ?? '').startsWith('/_astro/') && !text.trim();
    if (type === 'application/json') {
      try {
        JSON.parse(text);
        return names.length === 1 && script.parentElement?.localName === 'trend-chart';
      } catch {
        return false;
      }
    }
    // The search results' template (src/components/search/search-parts.ts): text, never run.
    if (type === 'text/pagefind-template')
      return (
        names.length === 1 &&
        script.parentElement?.localName === 'pagefind-results' &&
        squashText(text) === squashText(resultTemplate)
      );
    return names.length === 1 && script.getAttribute('src') === pagefindScript && !text.trim();
  };
  for (const element of document.querySelectorAll('*')) {
    const name = element.localName.toLowerCase();
    if (name === 'script' && !ownScript(element)) findings.push(`a script: ${describe(element)}`);
    if (forbidden.includes(name)) findings.push(`<${name}>: ${describe(element)}`);
    if (name === 'foreignobject') findings.push(`an SVG <foreignObject>: ${describe(element)}`);
    if (
      (name === 'set' || name === 'animate') &&
      /href/i.test(element.getAttribute('attributeName') ?? '')
    )
      findings.push(`an SVG animation of a link: ${describe(element)}`);
    if (
      name === 'meta' &&
      /refresh/i.test(element.getAttribute('http-equiv') ?? '') &&
      !(path === '/' && /^0; ?url=\/\d{4}\/$/.test(element.getAttribute('content') ?? ''))
    )
      findings.push(`a meta refresh: ${describe(element)}`);
    for (const attribute of element.attributes) {
      const key = attribute.name.toLowerCase();
      if (key.startsWith('on')) findings.push(`an event handler (${key}): ${describe(element)}`);
      if (key === 'srcdoc') findings.push(`a srcdoc document: ${describe(element)}`);
      const found = urlAttributes.includes(key) ? scheme(attribute.value) : undefined;
      if (found) findings.push(`a ${found.toLowerCase()}: URL in ${key}: ${describe(element)}`);
    }
  }
  return findings;
}

/**
 * Opens every page of a built site in Chromium, as a reader would (and scrolls every chart into
 * view so that it is drawn), and reports any dialog, any request outside the site, any error of
 * the site's own script and anything auditDom finds.
 */
export async function auditInBrowser(
  dist: string,
  browser?: Browser,
  paths: readonly string[] = builtPages(dist).map(([path]) => path),
): Promise<string[]> {
  const findings: string[] = [];
  const server = await startStaticServer(dist);
  const ownBrowser = browser ? undefined : await chromium.launch(launchOptions());
  const context = await (browser ?? ownBrowser!).newContext();
  try {
    for (const path of paths) {
      const { pathname, searchParams } = new URL(path, server.url);
      const page = await context.newPage();
      const report = (what: string) => findings.push(`${path}: ${what}`);
      page.on('dialog', (dialog) => {
        report(`a dialog opened (${dialog.type()}: ${JSON.stringify(dialog.message())})`);
        void dialog.dismiss().catch(() => {});
      });
      page.on('pageerror', (error) => report(`the page's script failed: ${error.message}`));
      // Every request outside the site is reported and refused; so is leaving the page, except
      // for the root page's own refresh to the latest year.
      await page.route('**/*', (route) => {
        const request = route.request();
        const url = request.url();
        const target = new URL(url);
        const outside = target.origin !== server.url;
        const leaves =
          request.isNavigationRequest() &&
          request.frame() === page.mainFrame() &&
          target.pathname !== pathname &&
          !(pathname === '/' && /^\/\d{4}\/$/.test(target.pathname));
        if (outside) report(`a request outside the site: ${url}`);
        else if (leaves) report(`the page navigated to ${url}`);
        return outside || leaves ? route.abort() : route.continue();
      });
      try {
        await page.goto(server.url + path, { waitUntil: 'load' });
        if (pathname === '/') continue;
        // A search shows excerpts of the pages: the attacks must show there as text, too.
        const query = searchParams.get('q');
        if (query)
          await page
            .waitForSelector('#search .pf-result-link', { timeout: 15_000 })
            .catch(() => report(`the search for ${JSON.stringify(query)} showed no results`));
        await page.evaluate(async () => {
          for (const chart of document.querySelectorAll('trend-chart')) {
            chart.scrollIntoView();
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          }
        });
        findings.push(
          ...(
            await page.evaluate(auditDom, {
              path: pathname,
              forbidden: FORBIDDEN_ELEMENTS,
              urlAttributes: URL_ATTRIBUTES,
              pagefindScript: PAGEFIND_SCRIPT,
              resultTemplate: RESULT_TEMPLATE,
              inlineScripts: [AFTER_PAINT_SCRIPT, LAYOUT_LATER_SCRIPT],
            })
          ).map((finding) => `${path}: ${finding}`),
        );
      } finally {
        await page.close();
      }
    }
  } finally {
    await context.close();
    await ownBrowser?.close();
    await server.close();
  }
  return findings;
}
