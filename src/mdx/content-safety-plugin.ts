import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { ALLOWED_TAGS } from '../data/mdx-body.ts';
import { isLocalUrl, isSafeUrl } from '../data/safe-output.ts';

/** Thrown while compiling an MDX file that holds something that could run as code. */
export class UnsafeContentError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(
      `${file} cannot be published: it holds ${problems.length === 1 ? 'something' : `${problems.length} things`} that could run as code.\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
    this.name = 'UnsafeContentError';
  }
}

const ALLOWED = new Set<string>(ALLOWED_TAGS);

/** A node whose line in the file is known when positions are tracked. */
type Located = { position?: { start: { line: number } } | undefined };
const ONLY_A_COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

/**
 * The first line of defence, in every way the site is rendered (build, preview build, dev server):
 * an MDX file may hold Markdown, `{/* comments *\/}` and the site's own tags with plain text
 * attributes, nothing else. Imports, exports, expressions, HTML or unknown tags, and links or
 * images whose address is not http(s), mailto, a #fragment or relative stop the build, naming the
 * file and line. `npm run check` reports the same things earlier, with the fix.
 */
export const contentSafetyPlugin: MdastPluginEntry = ({ fileURL }) => {
  const file = fileURL ? relativeToProject(fileURLToPath(fileURL)) : '(MDX)';
  const problems: string[] = [];
  const at = (node: Located) => (node.position ? `line ${node.position.start.line}` : 'somewhere');
  const refuseLink = (node: Located & { url: string }) => {
    if (!isSafeUrl(node.url))
      problems.push(
        `${at(node)}: the link address ${JSON.stringify(node.url)} is not allowed. Use an https://, http:// or mailto: address, a #section or a path on this site.`,
      );
  };
  // An image loads as the page opens: it must come from this site, never from another host.
  const refuseImage = (node: Located, url: string) => {
    if (!isLocalUrl(url))
      problems.push(
        `${at(node)}: the image address ${JSON.stringify(url)} is not on this site. Put the picture in the year's photos/ folder and show it with "photos" in the frontmatter.`,
      );
  };
  const definitions = new Map<string, string>();
  const imageReferences: (Located & { identifier: string })[] = [];
  const refuseElement = (
    node: Located & {
      name: string | null;
      attributes: readonly { type: string; name?: string; value?: unknown }[];
    },
  ) => {
    const name = node.name ?? '(fragment)';
    if (!ALLOWED.has(name)) {
      problems.push(
        `${at(node)}: <${name}> is not one of the tags a chapter may use (${ALLOWED_TAGS.map((t) => `<${t}>`).join(', ')}).`,
      );
      return;
    }
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string')
        problems.push(
          `${at(node)}: <${name}> may only have attributes with plain "text" values; ${attribute.name ?? '{…}'} is an expression.`,
        );
    }
  };
  return {
    name: 'content-safety',
    options: { position: true },
    yaml(node) {
      // A `layout` in the frontmatter would import a module of the editor's choosing.
      if (/^\s*["']?layout["']?\s*:/m.test(node.value))
        problems.push('frontmatter: "layout" is not allowed; chapters use the site\'s own layout.');
    },
    mdxjsEsm(node) {
      problems.push(
        `${at(node)}: an import or export statement would run code when the site is built.`,
      );
    },
    mdxFlowExpression(node) {
      if (!ONLY_A_COMMENT.test(node.value))
        problems.push(
          `${at(node)}: {${node.value}} is a JavaScript expression; only {/* comments */} are allowed.`,
        );
    },
    mdxTextExpression(node) {
      if (!ONLY_A_COMMENT.test(node.value))
        problems.push(
          `${at(node)}: {${node.value}} is a JavaScript expression; only {/* comments */} are allowed.`,
        );
    },
    mdxJsxFlowElement: refuseElement,
    mdxJsxTextElement: refuseElement,
    html(node) {
      problems.push(`${at(node)}: raw HTML is not allowed; write Markdown.`);
    },
    link: refuseLink,
    image: (node) => refuseImage(node, node.url),
    definition(node) {
      refuseLink(node);
      definitions.set(node.identifier, node.url);
    },
    imageReference(node) {
      imageReferences.push(node);
    },
    after() {
      for (const node of imageReferences) {
        const url = definitions.get(node.identifier);
        if (url !== undefined) refuseImage(node, url);
      }
      if (problems.length > 0) throw new UnsafeContentError(file, problems);
    },
  };
};

function relativeToProject(path: string): string {
  const at = path.lastIndexOf('/content/');
  return at === -1 ? path : path.slice(at + 1);
}
