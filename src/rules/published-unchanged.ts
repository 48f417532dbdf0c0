import { checkSeals, readSeals, SEALS_FILE } from '../pipeline/seals.ts';
import { sourceText } from '../pipeline/source-text.ts';
import type { Rule } from './lib/rule.ts';

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export const publishedUnchanged: Rule = {
  id: 'published-unchanged',
  description:
    '已发布年份的文件保持发布时的样子（由 `npm run seal` 记录在 `content/published.json` 中），已发布的内容只能有意地、经过封存才能修改。',
  check: ({ root, years, sources }) => {
    const published = years.filter((c) => c.report && !c.report.data.draft).map((c) => c.year);
    try {
      return checkSeals(root, readSeals(root), published);
    } catch (error) {
      // A published.json that is not JSON is json-syntax's to report, with its line.
      const source = sources.find((s) => s.file === SEALS_FILE);
      const text = source && sourceText(source);
      if (text !== undefined && !isJson(text)) return [];
      return [
        {
          file: SEALS_FILE,
          field: '(file)',
          message: `无法读取这个文件（${(error as Error).message}）。它应是 npm run seal 写出的封存记录，编辑不应手动修改。请从 git 恢复它：git checkout HEAD -- ${SEALS_FILE}。`,
        },
      ];
    }
  },
};
