import { entryIdFromPath } from '../data/content/entry-id.ts';
import { showValue } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';

/** The site keys chapters and cases by id: of two files with one id, one would silently vanish. */
export const uniqueEntryId: Rule = {
  id: 'unique-entry-id',
  description:
    '同一年中没有两个章节文件、也没有两个案例文件得出同一个 id（id 是去掉开头序号的文件名），否则网站只会悄悄发布其中一个。',
  check: ({ sources }) => {
    const reports: Report[] = [];
    const seen = new Map<string, string>();
    for (const { file } of sources) {
      const match = /^content\/(\d{4})\/(chapters|cases)\/([^/]+\.mdx)$/.exec(file);
      if (!match) continue;
      const [, year, dir, name] = match;
      const key = `${dir}/${entryIdFromPath(`${year}/${dir}/${name}`)}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, file);
        continue;
      }
      const kind = dir === 'chapters' ? '章节' : '案例';
      reports.push({
        file,
        field: '(file)',
        message: `这个文件的${kind} id 是 ${showValue(key.split('/').at(-1))}（去掉开头序号的文件名），与 ${first} 相同，两者只有一个会发布。每个${kind}文件的 id 必须唯一。请给其中一个文件改名，使它有自己的 id；若是多余的副本，请删除它。`,
      });
    }
    return reports;
  },
};
