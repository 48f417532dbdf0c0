import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { oddCharacters, showValue } from '../data/content/problems.ts';
import type { Rule } from './lib/rule.ts';

import { YEAR_FOLDER } from '../pipeline/read-content.ts';

export const yearFolderName: Rule = {
  id: 'year-folder-name',
  description: '`content/` 中的每个文件夹都是以年份命名的年份文件夹，如 `content/2018/`。',
  check: ({ root }) => {
    const dir = join(root, 'content');
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !YEAR_FOLDER.test(entry.name))
      .map(({ name }) => ({
        file: `content/${name}`,
        field: '(folder)',
        message: `content/ 中的文件夹 ${showValue(name)} 不是年份。${oddCharacters(name)}content/ 中只能有以四位数年份命名的文件夹，如 content/2018/。请把它改名为年份，或把它移出 content/（草稿请用 report.json 中的 "draft": true 标明）。`,
      }));
  },
};
