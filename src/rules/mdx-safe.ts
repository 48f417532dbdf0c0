import { isDocument, parseMdx, walk } from '../pipeline/mdx-document.ts';
import { sourceText } from '../pipeline/source-text.ts';
import { unsafePlaces } from '../mdx/safety-policy.ts';
import type { Rule } from './lib/rule.ts';

export const mdxSafe: Rule = {
  id: 'mdx-safe',
  description:
    '章节和案例的正文只使用编辑可用的标签和 Markdown，链接和图片地址都在允许之列，正文中的任何内容都不能在页面上作为脚本运行。',
  // Every MDX file, whether or not its frontmatter is valid: the policy guards the text itself.
  check: ({ sources }) =>
    sources.flatMap((source) => {
      const text = source.file.endsWith('.mdx') ? sourceText(source) : undefined;
      const parsed = text === undefined ? undefined : parseMdx(text);
      if (!parsed || !isDocument(parsed)) return [];
      return unsafePlaces(walk(parsed.tree as Parameters<typeof walk>[0])).map(
        ({ line, message }) => ({
          file: source.file,
          field: line === undefined || line > parsed.bodyStartLine ? 'body' : 'frontmatter',
          ...(line ? { line } : {}),
          message,
        }),
      );
    }),
};
