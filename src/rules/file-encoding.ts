import type { Rule } from './lib/rule.ts';
import { firstNonUtf8Line, hasBom, sourceText } from '../pipeline/source-text.ts';

/**
 * Astro reads every file as UTF-8: GBK bytes would be published as garbage. It strips a byte order
 * mark from MDX but refuses one in JSON ("Unexpected token"), so a BOM is accepted in MDX only.
 */
export const fileEncoding: Rule = {
  id: 'file-encoding',
  description:
    '每个内容文件都以 UTF-8 编码保存（JSON 文件不带字节顺序标记 BOM），中文才能按原样发布。',
  check: ({ sources }) =>
    sources.flatMap((source) => {
      if (!/\.(json|mdx)$/.test(source.file)) return [];
      if (sourceText(source) === undefined)
        return [
          {
            file: source.file,
            field: '(file)',
            line: firstNonUtf8Line(source.bytes),
            message:
              '文件不是 UTF-8 编码（看来是以 GBK 或其他旧编码保存的），其中的中文发布出来会是乱码。内容文件应以 UTF-8 编码保存。请在编辑器中打开它，另存为 UTF-8（在保存对话框的编码菜单中选“UTF-8”，不要选“GBK”或“ANSI”）。',
          },
        ];
      if (source.file.endsWith('.json') && hasBom(source))
        return [
          {
            file: source.file,
            field: '(file)',
            line: 1,
            message:
              '文件开头有字节顺序标记（BOM），网站读不了带 BOM 的 JSON 文件。JSON 文件应以不带 BOM 的 UTF-8 编码保存。请另存一次（在保存对话框的编码菜单中选“UTF-8”，不要选“带有 BOM 的 UTF-8”或“UTF-8 with BOM”）。',
          },
        ];
      return [];
    }),
};
