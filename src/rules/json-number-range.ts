import { showValue } from '../data/content/problems.ts';
import { sourceText } from '../pipeline/source-text.ts';
import type { Report, Rule } from './lib/rule.ts';

/** Strings (skipped whole, escapes included) and number literals of a JSON text. */
const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

export const jsonNumberRange: Rule = {
  id: 'json-number-range',
  description: 'JSON 文件中的每个数值都在浮点数能表示的范围之内，不会被悄悄读成无穷大。',
  check: ({ sources }) =>
    sources.flatMap((source): Report[] => {
      const text = source.file.endsWith('.json') ? sourceText(source) : undefined;
      if (text === undefined) return [];
      return [...text.matchAll(TOKENS)].flatMap((match) =>
        match[0].startsWith('"') || Number.isFinite(Number(match[0]))
          ? []
          : [
              {
                file: source.file,
                field: '(file)',
                line: text.slice(0, match.index).split('\n').length,
                message: `数值 ${showValue(match[0])} 太大，无法存储，会被读成无穷大。能存储的数值最大约为 1.8e308。请对照报告核对这个数值，按报告印的写。`,
              },
            ],
      );
    }),
};
