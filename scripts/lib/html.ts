/**
 * The one way the scripts and the tests read built HTML: htmlparser2's document tree, with
 * entities decoded, never regular expressions over markup. What the publishing scripts need from
 * the site comes from its manifest (src/publish/manifest.ts); this is for what only the HTML says.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];
type HtmlParent = HtmlDocument | HtmlElement;

export const parseHtml = (html: string): HtmlDocument => parseDocument(html);

/** An XML file of the site (the sitemaps), read the same way. */
export const parseXml = (xml: string): HtmlDocument => parseDocument(xml, { xmlMode: true });

/** Every element under `root` that `test` accepts, in document order. */
export const elements = (root: HtmlParent, test: (element: HtmlElement) => boolean = () => true) =>
  DomUtils.findAll(test, root.children);

/**
 * Every element under `root` with one of these tag names ("img", "source"), in document order;
 * any case, as the parser keeps SVG's own (foreignObject).
 */
export const byTag = (root: HtmlParent, ...names: string[]) =>
  elements(root, (element) => names.includes(element.name.toLowerCase()));

/** The first element under `root` with this tag name (any case), if any. */
export const firstTag = (root: HtmlParent, name: string): HtmlElement | undefined =>
  DomUtils.findOne((element) => element.name.toLowerCase() === name, root.children) ?? undefined;

/** An element's class names. */
export const classesOf = (element: HtmlElement) =>
  (element.attribs['class'] ?? '').split(/\s+/).filter(Boolean);

/** The text of a node and everything inside it, entities decoded. */
export const textOf = (node: HtmlParent) => DomUtils.textContent(node);

/**
 * The text a reader sees in a node: scripts, styles and templates left out, every tag a space,
 * runs of white space (no-break spaces too) as one space.
 */
export function readableText(node: HtmlParent): string {
  const parts: string[] = [];
  const walk = (parent: HtmlParent) => {
    for (const child of parent.children) {
      if (child.type === 'text') parts.push(child.data);
      else if ('attribs' in child && !['script', 'style', 'template'].includes(child.name)) {
        parts.push(' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The content of the page's <meta> whose `property` or `name` is `key`. */
export function metaContent(document: HtmlDocument, key: string): string | undefined {
  const meta = byTag(document, 'meta').find(
    ({ attribs }) => attribs['property'] === key || attribs['name'] === key,
  );
  return meta?.attribs['content'];
}
