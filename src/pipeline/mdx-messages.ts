/**
 * The MDX parser's reasons, said in Chinese for the mistakes editors make in a body; any other
 * reason keeps the parser's own words, quoted.
 */
const REASONS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Unexpected character after `<`, expected a valid JSX tag/, () => '“<”后面不是完整的标签'],
  [
    /^Unexpected end of file in expression, expected a corresponding closing brace for `\{`/,
    () => '“{”没有对应的“}”',
  ],
  [/^Expected a closing tag for `<([^>]*)>`/, (m) => `标签 <${m[1]}> 没有结尾的 />`],
  [
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    (m) => `结尾标签 </${m[1]}> 与开头的 <${m[2]}> 不对应`,
  ],
];

export function mdxReason(reason: string): string {
  for (const [pattern, say] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return say(match);
  }
  return `解析器报告 ${JSON.stringify(reason.replace(/ \(mdx-[a-z-]+:[a-z-]+\)$/, ''))}`;
}
