import { sourceText } from '../pipeline/source-text.ts';
import type { Rule } from './lib/rule.ts';

export const fileEmpty: Rule = {
  id: 'file-empty',
  description: '没有空的内容文件：空文件里什么都没有，读不出任何字段。',
  check: ({ sources }) =>
    sources.flatMap((source) => {
      if (!/\.(json|mdx)$/.test(source.file)) return [];
      const text = sourceText(source);
      if (text === undefined || text.trim() !== '') return [];
      return [
        {
          file: source.file,
          field: '(file)',
          message: `文件是空的（${source.bytes.length === 0 ? '0 字节' : '只有空白'}）。可能是保存时出了错：从 git 恢复它（git checkout -- ${source.file}），或从另一年复制同名文件再填写；不需要的文件请删除。`,
        },
      ];
    }),
};
