import { sourceText } from '../pipeline/source-text.ts';
import type { Report, Rule } from './lib/rule.ts';

/** Strings (skipped whole, escapes included) and number literals of a JSON text. */
const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

export const jsonNumberRange: Rule = {
  id: 'json-number-range',
  description:
    'Every number in a JSON file fits in a floating-point number, so that it is not silently read as infinity.',
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
                message: `The number ${match[0]} is too large to be stored (the largest is about 1.8e308), so it would be read as infinity. Check the figure against the report and write it as printed.`,
              },
            ],
      );
    }),
};
