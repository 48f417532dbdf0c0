/**
 * Nothing the browser fetches holds up a page's first paint: every page's only script file waits
 * in a <template> that the one inline script (after-paint.ts, hashed in the page's CSP) puts into
 * the page after the first frame. A module script anywhere else would be fetched while the page is
 * parsed, a round trip on a phone's network before the largest text paints. (A chapter has one
 * more inline script, in its head, which lets its later blocks wait for their layout:
 * later-layout.ts.)
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { expect, test } from 'vitest';
import { AFTER_PAINT_ATTRIBUTE, AFTER_PAINT_SCRIPT } from '../../../src/components/after-paint.ts';
import {
  LATER_BLOCKS_ATTRIBUTE,
  LAYOUT_LATER_SCRIPT,
} from '../../../src/components/later-layout.ts';
import { cspHash } from '../../../src/data/publish/csp.ts';
import { builtPages } from '../../support/built-site.ts';

const pages = builtPages().filter(([path]) => path !== '/' && !path.startsWith('/admin/'));

const inTemplate = (element: Element) => {
  for (let parent = element.parent; parent; parent = parent.parent)
    if ((parent as Element).name === 'template') return parent as Element;
  return undefined;
};

test('every page fetches its script only after the first paint, started by the hashed inline script; a chapter has one more, to defer its later blocks', () => {
  expect(pages.length).toBeGreaterThan(40);
  for (const [path, html] of pages) {
    const document = parseDocument(html);
    const scripts = DomUtils.getElementsByTagName('script', document);
    const fetched = scripts.filter((script) => script.attribs['src'] !== undefined);
    expect(fetched.length, path).toBe(1);
    expect(
      fetched.every((script) => inTemplate(script)?.attribs[AFTER_PAINT_ATTRIBUTE] === ''),
      path,
    ).toBe(true);
    const inline = scripts
      .filter((script) => Object.keys(script.attribs).length === 0)
      .map((script) => DomUtils.textContent(script));
    const chapter = html.includes(LATER_BLOCKS_ATTRIBUTE);
    expect(inline, path).toEqual(
      chapter ? [LAYOUT_LATER_SCRIPT, AFTER_PAINT_SCRIPT] : [AFTER_PAINT_SCRIPT],
    );
    const policy = DomUtils.findOne(
      (element) =>
        element.name === 'meta' && element.attribs['http-equiv'] === 'content-security-policy',
      document.children,
    )?.attribs['content'];
    // Each named by its hash, wherever the policy stands in the page.
    for (const script of inline) expect(policy, path).toContain(`'${cspHash(script)}'`);
    const preloads = DomUtils.findAll(
      (element) => element.name === 'link' && /preload/.test(element.attribs['rel'] ?? ''),
      document.children,
    );
    expect(preloads, path).toEqual([]);
  }
});
