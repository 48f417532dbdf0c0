import { entryIdFromPath } from '../data/entry-id.ts';
import type { Report, Rule } from './lib/rule.ts';

/** The site keys chapters and cases by id: of two files with one id, one would silently vanish. */
export const uniqueEntryId: Rule = {
  id: 'unique-entry-id',
  description:
    'No two chapter files, and no two case files, of a year claim the same id (the site would silently publish only one of them).',
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
      const kind = dir === 'chapters' ? 'chapter' : 'case';
      reports.push({
        file,
        field: '(file)',
        message: `This file claims the ${kind} id "${key.split('/').at(-1)}", which ${first} claims too, so only one of them would be published. Give one of them an id of its own (rename the file), or remove the copy.`,
      });
    }
    return reports;
  },
};
