import { isNode, LineCounter, parseDocument } from 'yaml';
import { sourceText } from './source-text.ts';

/**
 * The 1-based line of a field in a JSON or YAML text (JSON is YAML), or of its nearest existing
 * parent when the field itself is missing. `firstLine` shifts the result for frontmatter.
 */
export function lineOfPath(
  text: string,
  path: readonly PropertyKey[],
  firstLine = 1,
): number | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false });
  for (let depth = path.length; depth >= 0; depth--) {
    const node =
      depth === 0
        ? document.contents
        : document.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
}

/**
 * A problem with the line of its field added, where a rule found the field but not its place in
 * the file (JSON, or an MDX file's frontmatter).
 */
export function locateField<P extends { file: string; field: string; line?: number }>(
  problem: P,
  source: { file: string; bytes: Uint8Array } | undefined,
): P {
  if (
    problem.line ||
    !source ||
    problem.field === 'body' ||
    !/^[\w[\]."-]+$/.test(problem.field) ||
    problem.field.includes('[]')
  )
    return problem;
  const text = sourceText(source);
  if (text === undefined) return problem;
  const path = problem.field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) && !/^\d{4}$/.test(part) ? Number(part) : part));
  let line: number | undefined;
  if (problem.file.endsWith('.mdx')) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    line = frontmatter ? lineOfPath(frontmatter[1] ?? '', path, 2) : undefined;
  } else {
    line = lineOfPath(text, path);
  }
  return line ? { ...problem, line } : problem;
}
