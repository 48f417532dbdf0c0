import { sourceText } from '../pipeline/source-text.ts';
import type { Report, Rule } from './lib/rule.ts';

export const jsonSyntax: Rule = {
  id: 'json-syntax',
  description: 'Every JSON file is valid JSON, so that it can be read at all.',
  check: ({ sources }) =>
    sources.flatMap((source): Report[] => {
      const text = source.file.endsWith('.json') ? sourceText(source) : undefined;
      if (text === undefined) return [];
      try {
        JSON.parse(text);
        return [];
      } catch (error) {
        const commas = trailingCommaLines(text);
        if (commas.length > 0)
          return commas.map((line) => ({
            file: source.file,
            field: '(file)',
            line,
            message:
              'There is a comma after the last item of a list or object, which JSON does not allow. Remove the comma at the end of this line.',
          }));
        const { line, detail } = jsonErrorPosition(text, error as Error);
        return [
          {
            file: source.file,
            field: '(file)',
            ...(line ? { line } : {}),
            message: `The file is not valid JSON (${detail}). Look for a missing or extra comma, quote or bracket at or just before this line.`,
          },
        ];
      }
    }),
};

/** Where JSON.parse stopped, as a line, and its reason without the position noise. */
function jsonErrorPosition(
  text: string,
  error: Error,
): { line: number | undefined; detail: string } {
  const position = /position (\d+)/.exec(error.message);
  const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
  return {
    line,
    detail: error.message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)/, ''),
  };
}

/** Strings (skipped whole, escapes included) and commas that only whitespace parts from } or ]. */
const TRAILING_COMMA = /"(?:[^"\\]|\\.)*"|,(?=\s*[}\]])/g;

/** The lines of the commas after the last item of an object or list. */
function trailingCommaLines(text: string): number[] {
  return [...text.matchAll(TRAILING_COMMA)]
    .filter((match) => match[0] === ',')
    .map((match) => text.slice(0, match.index).split('\n').length);
}
