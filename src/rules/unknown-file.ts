import { oddCharacters, showValue, suggest } from '../data/content/problems.ts';
import { CONTENT_KINDS, kindOfPath } from '../schemas/content-kinds.ts';
import type { Rule } from './lib/rule.ts';

/** The single files a year folder holds (chapters/ and cases/ hold many, by their pattern). */
const YEAR_FILE_NAMES = Object.values(CONTENT_KINDS)
  .map(({ pattern }) => pattern)
  .filter((pattern) => !pattern.includes('/'));

/**
 * Folders whose files other rules judge: chapters/ and cases/ (file-name: only .mdx, named by id)
 * and photos/ (a picture is checked where an entry names it).
 */
const JUDGED_ELSEWHERE = ['chapters/', 'cases/', 'photos/'];

export const unknownFile: Rule = {
  id: 'unknown-file',
  description:
    '年份文件夹中没有网站不读的文件：拼错名字的文件（如 `honour.json`）不会发布，而检查若不说，编辑会以为它已发布。',
  check: ({ sources }) =>
    sources.flatMap(({ file }) => {
      const match = /^content\/(\d{4})\/(.+)$/.exec(file);
      if (!match?.[2]) return [];
      const path = match[2];
      if (kindOfPath(path) || JUDGED_ELSEWHERE.some((folder) => path.startsWith(folder))) return [];
      return [
        {
          file,
          field: '(file)',
          message: `${showValue(path)} 不是网站读取的文件，其中的内容不会发布。${oddCharacters(path)}${suggest(path, YEAR_FILE_NAMES)}年份文件夹中，网站只读取 ${YEAR_FILE_NAMES.join('、')}，以及 chapters/、cases/ 和 photos/ 中的文件。请把文件改为应有的名字；不是内容的文件（笔记、草稿等）请移出 content/。`,
        },
      ];
    }),
};
