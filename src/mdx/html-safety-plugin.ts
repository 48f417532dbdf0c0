import type {
  HastPluginDefinition,
  HastVisitorContext,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'satteri';
import { ALLOWED_TAGS } from './content-tags.ts';
import { isLocalUrl, isSafeUrl } from '../data/text/safe-output.ts';

/**
 * The properties (hast names) that hold an address, and the test each must pass: an address the
 * reader navigates to may lead elsewhere; one the browser loads by itself must stay on this site.
 */
const URL_PROPERTIES: Record<string, (url: string) => boolean> = {
  href: isSafeUrl,
  action: isSafeUrl,
  formAction: isSafeUrl,
  cite: isSafeUrl,
  xLinkHref: isSafeUrl,
  src: isLocalUrl,
  srcSet: isLocalUrl,
  poster: isLocalUrl,
  data: isLocalUrl,
  background: isLocalUrl,
  ping: isLocalUrl,
};

const ALLOWED = new Set<string>(ALLOWED_TAGS);
const ONLY_A_COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** The site's own tags keep their plain-text attributes; any other JSX element is dropped whole. */
const onlySiteTags = {
  filter: [],
  visit(node: Readonly<JsxElement>, ctx: HastVisitorContext) {
    if (!ALLOWED.has(node.name ?? '')) return ctx.removeNode(node);
    const plain = node.attributes.filter(
      (a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string' && !/^on/i.test(a.name),
    );
    if (plain.length !== node.attributes.length)
      ctx.replaceNode(node, { ...node, attributes: plain });
  },
};

/**
 * The last step before HTML is written, whatever came before it: every address passes the URL
 * allow-list (or is removed, leaving inert text) and no element keeps an event-handler
 * attribute. The content-safety step already stops the build for these; this one makes the
 * output safe even if a construct slips past it.
 */
export const htmlSafetyPlugin: HastPluginDefinition = {
  name: 'html-safety',
  element: {
    // Every element: any of them could carry an event handler.
    filter: [],
    visit(node, ctx) {
      for (const [name, allowed] of Object.entries(URL_PROPERTIES)) {
        const value = node.properties[name];
        if (value === undefined || value === null) continue;
        const urls = Array.isArray(value) ? value.map(String) : [String(value)];
        if (!urls.every(allowed)) ctx.setProperty(node, name, undefined);
      }
      for (const name of Object.keys(node.properties)) {
        if (/^on/i.test(name)) ctx.setProperty(node, name, undefined);
      }
    },
  },
  mdxJsxFlowElement: onlySiteTags,
  mdxJsxTextElement: onlySiteTags,
  mdxFlowExpression(node, ctx) {
    if (!ONLY_A_COMMENT.test(node.value)) ctx.removeNode(node);
  },
  mdxTextExpression(node, ctx) {
    if (!ONLY_A_COMMENT.test(node.value)) ctx.removeNode(node);
  },
  mdxjsEsm(node, ctx) {
    ctx.removeNode(node);
  },
  raw(node, ctx) {
    ctx.removeNode(node);
  },
};
