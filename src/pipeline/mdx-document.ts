/**
 * An MDX file parsed once, with the site's own processor (satteri, with the site's features), into
 * its syntax tree; its headings, anchors, tags, links and images are read off that tree. Lines are
 * lines of the file (the frontmatter is part of the tree).
 */
import GithubSlugger from 'github-slugger';
import { mdxToMdast, type MdastNode } from 'satteri';
import { MDX_FEATURES } from '../mdx/features.ts';

export interface DocumentHeading {
  depth: number;
  /** The heading as written in the file (what a chapter's `sections` name). */
  text: string;
  /** Its anchor on the page, as the site's processor makes it. */
  slug: string;
  line: number;
}

export interface DocumentTag {
  name: string;
  /** Attributes with plain text values; expressions are the safety policy's to refuse. */
  attributes: Record<string, string>;
  line: number;
}

export interface DocumentLink {
  /** A link, a link reference's definition, or an image. */
  kind: 'link' | 'definition' | 'image';
  url: string;
  /** An image's alternative text. */
  alt?: string;
  line: number;
}

export interface MdxDocument {
  tree: MdastNode;
  /** The YAML text between the --- lines, or undefined without frontmatter. */
  frontmatter: string | undefined;
  /** The line of the file where the text after the frontmatter starts. */
  bodyStartLine: number;
  headings: DocumentHeading[];
  tags: DocumentTag[];
  links: DocumentLink[];
}

export interface MdxSyntaxError {
  line: number | undefined;
  column: number | undefined;
  reason: string;
}

type Node = MdastNode & {
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
};

const parsed = new Map<string, MdxDocument | MdxSyntaxError>();

/** The document of an MDX file's text, or why it is not MDX (remembered per text). */
export function parseMdx(text: string): MdxDocument | MdxSyntaxError {
  const known = parsed.get(text);
  if (known) return known;
  let result: MdxDocument | MdxSyntaxError;
  try {
    result = documentOf(text, mdxToMdast(text, { features: MDX_FEATURES }) as Node);
  } catch (error) {
    const message = (error as Error).message;
    const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(message);
    result = match
      ? { line: Number(match[1]), column: Number(match[2]), reason: match[3] ?? message }
      : { line: undefined, column: undefined, reason: message };
  }
  parsed.set(text, result);
  return result;
}

export const isDocument = (value: MdxDocument | MdxSyntaxError): value is MdxDocument =>
  'tree' in value;

/** Every node of a tree, depth first, in document order. */
export function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

/** The text of a node as the page shows it. */
export function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'yaml') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function documentOf(text: string, tree: Node): MdxDocument {
  const slugger = new GithubSlugger();
  const headings: DocumentHeading[] = [];
  const tags: DocumentTag[] = [];
  const links: DocumentLink[] = [];
  const yaml = tree.children?.find((child) => child.type === 'yaml');
  const line = (node: Node) => node.position?.start.line ?? 0;
  for (const node of walk(tree)) {
    switch (node.type) {
      case 'heading': {
        const children = node.children ?? [];
        const start = children[0]?.position?.start.offset;
        const end = children.at(-1)?.position?.end.offset;
        const written =
          start !== undefined && end !== undefined ? text.slice(start, end) : textOf(node);
        headings.push({
          depth: node.depth ?? 1,
          text: written.trim(),
          slug: slugger.slug(textOf(node)),
          line: line(node),
        });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const attributes: Record<string, string> = {};
        for (const attribute of node.attributes ?? [])
          if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
            attributes[attribute.name ?? ''] = attribute.value;
        tags.push({ name: node.name ?? '', attributes, line: line(node) });
        break;
      }
      case 'link':
      case 'definition':
        links.push({ kind: node.type, url: node.url ?? '', line: line(node) });
        break;
      case 'image':
        links.push({ kind: 'image', url: node.url ?? '', alt: node.alt ?? '', line: line(node) });
        break;
    }
  }
  return {
    tree,
    frontmatter: yaml?.value,
    bodyStartLine: yaml?.position ? yaml.position.end.line : 0,
    headings,
    tags,
    links,
  };
}

/** The headings of an MDX text (none when it is not MDX; the check reports that). */
export function headingsOfText(text: string): DocumentHeading[] {
  const parsed = parseMdx(text);
  return isDocument(parsed) ? parsed.headings : [];
}

/** The content tags of an MDX text (none when it is not MDX). */
export function tagsOfText(text: string): DocumentTag[] {
  const parsed = parseMdx(text);
  return isDocument(parsed) ? parsed.tags : [];
}
