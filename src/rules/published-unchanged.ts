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
    'A published year keeps the files it was published with (content/published.json, written by npm run seal).',
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
          message: `The file cannot be read (${(error as Error).message}). It is written by npm run seal; restore it from git (git checkout HEAD -- ${SEALS_FILE}).`,
        },
      ];
    }
  },
};
