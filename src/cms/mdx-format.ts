/**
 * How the CMS reads and writes an MDX file: YAML frontmatter and the text. Decap's own frontmatter
 * format rewrites the YAML in its style (a `[technology]` list as a block, quotes changed), and
 * Prettier leaves MDX frontmatter as it is. Here a field the editor did not change keeps the
 * file's own writing; a changed or new one is written plain, lists of words in brackets.
 */
import { Document, isScalar, isSeq, parseDocument, visit } from 'yaml';

type Data = Record<string, unknown>;

/** Files read, by their text (the entry's body): the frontmatter as written, and its values. */
export type MdxMemory = Map<string, { doc: Document; data: Data }>;

const FENCE = '---';
const OPTIONS = { lineWidth: 0, flowCollectionPadding: false, singleQuote: true } as const;

/** The frontmatter's values and the text (`body`), remembering how the frontmatter was written. */
export function readMdx(text: string, memory: MdxMemory): Data {
  const match = /^---\r?\n([\s\S]*?)^---\r?\n?([\s\S]*)$/m.exec(text);
  if (!match) return { body: text };
  const doc = parseDocument(match[1]!);
  const data = (doc.toJS() ?? {}) as Data;
  const body = match[2]!.replace(/^\r?\n/, '');
  memory.set(body, { doc, data });
  return { ...data, body };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A new value as YAML: plain where it can be, a list of words in brackets. */
function newNode(doc: Document, value: unknown) {
  const node = doc.createNode(value);
  visit(node, {
    Seq: (_, seq) => {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return node;
}

/** The MDX file of `data`: its frontmatter in the file's own writing where unchanged, then the text. */
export function writeMdx(data: Data, memory: MdxMemory, order: readonly string[] = []): string {
  const { body = '', ...front } = data;
  const text = String(body)
    .replace(/^\s*\n/, '')
    .replace(/\s*$/, '\n');
  const known = memory.get(String(body).replace(/^\r?\n/, ''));
  const doc = new Document({});
  const keys = [
    ...order.filter((key) => key in front),
    ...Object.keys(front).filter((key) => !order.includes(key)),
  ];
  for (const key of keys) {
    const value = front[key];
    if (value === undefined) continue;
    const before = known?.doc.get(key, true);
    const unchanged = known && key in known.data && same(known.data[key], value);
    doc.set(key, unchanged && before !== undefined ? before : newNode(doc, value));
  }
  if (known && same(known.data, front) && same(Object.keys(known.data), keys))
    return `${FENCE}\n${known.doc.toString(OPTIONS)}${FENCE}\n\n${text}`;
  return `${FENCE}\n${doc.toString(OPTIONS)}${FENCE}\n\n${text}`;
}

/** Whether a node is a list written in brackets (for tests). */
export const isFlowSeq = (node: unknown) => isSeq(node) && Boolean(node.flow);
