import { isNode, LineCounter, parseDocument } from 'yaml';

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
