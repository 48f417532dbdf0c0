/**
 * The fingerprint of a sealed file: a SHA-256 of its canonical form, so that formatting (Prettier,
 * an editor's line endings, a byte-order mark) does not count as a change, and anything the site
 * could show differently does.
 * - JSON: the parsed data, re-serialized (whitespace, line breaks and escapes do not count).
 * - MDX: the frontmatter's data (YAML parsed) and the body's syntax tree as the site's Markdown
 *   parser reads it, without positions (emphasis and list markers, table padding, heading style,
 *   blank lines and trailing spaces do not count; the text, the tags and their attributes do).
 *   A code block's text counts as written, so Prettier's reformatting of code inside one would.
 * - Any file that does not parse, and any other file: its text, with line endings unified.
 */
import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import { sha256 } from './sha256.ts';

/** The text with a byte-order mark dropped and line endings unified. */
function plainText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Drops what formatting changes from a syntax tree: positions, and the raw frontmatter text. */
function canonicalTree(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(canonicalTree);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).filter(([key]) => key !== 'position');
  const tree = Object.fromEntries(entries.map(([key, value]) => [key, canonicalTree(value)]));
  if (tree['type'] === 'yaml' && typeof tree['value'] === 'string') {
    return { type: 'yaml', data: parseYaml(tree['value']) as unknown };
  }
  return tree;
}

/** The canonical form of a file's text, by its kind; the kind is part of it. */
export function canonicalForm(path: string, raw: string): string {
  const text = plainText(raw);
  try {
    if (path.endsWith('.json')) return `json:${JSON.stringify(JSON.parse(text))}`;
    if (path.endsWith('.mdx'))
      return `mdx:${JSON.stringify(canonicalTree(mdxToMdast(text, { position: false })))}`;
  } catch {
    // A file that does not parse is compared as text; `npm run check` reports why it does not parse.
  }
  return `text:${text}`;
}

/**
 * The fingerprint of the file at `path`. A picture is fingerprinted by its bytes: read as text,
 * any two invalid byte sequences would read alike.
 */
export function fingerprint(path: string): string {
  if (!/\.(json|mdx?)$/.test(path)) return sha256(readFileSync(path));
  return sha256(canonicalForm(path, readFileSync(path, 'utf8')));
}

/** The fingerprint of a file's text, named by its path (for a version read from git). */
export function fingerprintText(path: string, text: string): string {
  return sha256(canonicalForm(path, text));
}

/** The fingerprint of the first seal format: the text with line endings unified. */
export function legacyFingerprint(text: string): string {
  return sha256(plainText(text));
}
