/**
 * The content safety policy of MDX, written once: what in a chapter or case could run as code on
 * the published page or on the build machine. The check applies it to each file's syntax tree
 * (rule mdx-safe), and the site's MDX pipeline applies the same visitors while it renders
 * (content-safety-plugin.ts), so nothing unsafe is published even past the check.
 */
import { ALLOWED_TAGS, listTags } from './content-tags.ts';
import { isLocalUrl, isSafeUrl, ALLOWED_URL_SCHEMES } from '../data/text/safe-output.ts';
import { suggestion } from '../data/content/problems.ts';

/** A node whose line in the file is known when positions are tracked. */
export type Located = { position?: { start: { line: number } } | undefined };

interface SafetyNodes {
  yaml: Located & { value: string };
  mdxjsEsm: Located & { value: string };
  mdxFlowExpression: Located & { value: string };
  mdxTextExpression: Located & { value: string };
  mdxJsxFlowElement: JsxElement;
  mdxJsxTextElement: JsxElement;
  html: Located & { value: string };
  link: Located & { url: string };
  image: Located & { url: string };
  definition: Located & { url: string; identifier: string };
  imageReference: Located & { identifier: string };
}
type JsxElement = Located & {
  name: string | null;
  attributes: readonly { type: string; name?: string; value?: unknown }[];
};

export type SafetyVisitors = { [T in keyof SafetyNodes]: (node: SafetyNodes[T]) => void } & {
  /** Called once the whole tree is visited. */
  after(): void;
};

const ALLOWED = new Set<string>(ALLOWED_TAGS);
const ONLY_A_COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
const LAYOUT_KEY = /^\s*["']?layout["']?\s*:/m;

/** The scheme a URL names, as written, for the message ("htps" in htps://…). */
const schemeOf = (url: string) => /^\s*([a-zA-Z][\w+.-]*)\s*:/.exec(url)?.[1];

function linkMessage(url: string): string {
  const scheme = schemeOf(url);
  const close = scheme ? suggestion(scheme.toLowerCase(), ALLOWED_URL_SCHEMES) : '';
  return `链接地址 ${JSON.stringify(url)} 不允许发布${scheme ? `（"${scheme}:" 不是允许的协议）` : ''}。应为 https://、http:// 或 mailto: 开头的地址、本页的 #小节，或本站的路径（如 /2017/management/）。${close ? `是否应为 "${close}:"？` : ''}请改正地址或删除链接。`;
}

function imageMessage(url: string): string {
  return `图片地址 ${JSON.stringify(url)} 不在本站，打开页面时会从别处加载。应把图片放进该年的 photos/ 文件夹，在 frontmatter 的 "photos" 中列出，并用 <Photos section="…" /> 显示。`;
}

/**
 * The policy as visitors per kind of node; `report` receives each node that breaks it with the
 * message an editor reads. An MDX file may hold Markdown, `{/* comments *\/}` and the site's own
 * tags with plain text attributes; links http(s), mailto, #fragments or relative; images from
 * this site only.
 */
export function safetyVisitors(report: (node: Located, message: string) => void): SafetyVisitors {
  const definitions = new Map<string, string>();
  const imageReferences: SafetyNodes['imageReference'][] = [];
  const refuseLink = (node: Located & { url: string }) => {
    if (!isSafeUrl(node.url)) report(node, linkMessage(node.url));
  };
  const refuseImage = (node: Located, url: string) => {
    if (!isLocalUrl(url)) report(node, imageMessage(url));
  };
  const refuseExpression = (node: Located & { value: string }) => {
    if (!ONLY_A_COMMENT.test(node.value))
      report(
        node,
        `{${node.value}} 是 JavaScript 表达式，会在构建时运行，不允许写在正文中。只允许注释 {/* … */}；若要写花括号本身，请写作 &#123; 和 &#125;。`,
      );
  };
  const refuseElement = (node: JsxElement) => {
    const name = node.name ?? '（空标签 <>）';
    if (!ALLOWED.has(name)) {
      report(
        node,
        `<${name}> 不是正文可用的标签。可用的标签有 ${listTags()}。请删除它，改用普通文字和 Markdown；若要写小于号本身，请写作 &lt;。`,
      );
      return;
    }
    for (const attribute of node.attributes)
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string')
        report(
          node,
          `<${name}> 的属性 ${attribute.name ?? '{…}'} 是表达式。标签只能带纯文本属性，如 id="…"。`,
        );
  };
  return {
    yaml(node) {
      // A `layout` in the frontmatter would import a module of the editor's choosing.
      if (LAYOUT_KEY.test(node.value))
        report(node, 'frontmatter 中不允许 "layout"：章节使用网站自己的版式。请删除这一行。');
    },
    mdxjsEsm(node) {
      report(
        node,
        `import / export 语句会在构建网站时运行代码，不允许写在正文中：${JSON.stringify(node.value.split('\n')[0])}。请删除它；正文只能使用网站提供的标签（${listTags()}）。`,
      );
    },
    mdxFlowExpression: refuseExpression,
    mdxTextExpression: refuseExpression,
    mdxJsxFlowElement: refuseElement,
    mdxJsxTextElement: refuseElement,
    html(node) {
      report(node, '正文中不允许直接写 HTML。请改用 Markdown。');
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
    },
  };
}

/** Every place of a syntax tree that breaks the policy, with its line, in document order. */
export function unsafePlaces(
  nodes: Iterable<{ type: string } & Located>,
): { line: number | undefined; message: string }[] {
  const found: { line: number | undefined; message: string }[] = [];
  const visitors = safetyVisitors((node, message) =>
    found.push({ line: node.position?.start.line, message }),
  );
  for (const node of nodes) {
    const visit = (visitors as unknown as Record<string, ((n: unknown) => void) | undefined>)[
      node.type
    ];
    if (node.type !== 'after') visit?.(node);
  }
  visitors.after();
  return found;
}
