import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from './lib/rule.ts';

import { YEAR_FOLDER } from '../pipeline/read-content.ts';

export const yearFolderName: Rule = {
  id: 'year-folder-name',
  description: 'Every folder in content/ is a year folder named by its year, like content/2018/.',
  check: ({ root }) => {
    const dir = join(root, 'content');
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !YEAR_FOLDER.test(entry.name))
      .map(({ name }) => ({
        file: `content/${name}`,
        field: '(folder)',
        message: `A year folder is named by its year, like content/2018/; "${name}" is not a year. Rename or remove it.`,
      }));
  },
};
