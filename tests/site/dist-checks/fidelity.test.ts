/**
 * Measures the built site against the text of the published report: every line of the source
 * (minus extraction debris) and every number in it must appear in the built pages. Whitespace and
 * punctuation are ignored, since the extraction broke lines mid-sentence and scrambled spacing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { builtPages, mainText } from '../../support/built-site.ts';

const SOURCE = join(import.meta.dirname, 'source/2017-report.txt');

/** Running heads, page numbers and layout labels of the PDF: not content. */
const DEBRIS = [
  /^\d+ \d+中国铝业集团有限公司 2017 降碳报告 2017 中国铝业集团有限公司$/,
  /^\d+ ?中国铝业集团有限公司 2017 降碳报告$/,
  /^\d+2017 中国铝业集团有限公司$/,
  /^案 {2}例$/,
];

const normalise = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
const numbersIn = (text: string) => text.match(/\d+(?:\.\d+)?/g) ?? [];

let sourceLines: string[];
let built: string;
let builtNumbers: Set<string>;

beforeAll(() => {
  sourceLines = readFileSync(SOURCE, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !DEBRIS.some((pattern) => pattern.test(line)));
  const text = builtPages()
    .filter(([path]) => path.startsWith('/2017/'))
    .map(([, html]) => mainText(html))
    .join('\n');
  built = normalise(text);
  builtNumbers = new Set(numbersIn(text.replace(/\s+/g, ' ')));
});

/** Shortest piece of a line that counts as found on its own (two labels the PDF set side by side). */
const MIN_PIECE = 4;

/**
 * A line is found whole, or, where the PDF set several labels on one line, token by token; a token
 * may itself be labels run together, found as consecutive pieces of at least MIN_PIECE characters.
 */
function isFound(line: string): boolean {
  return (
    built.includes(normalise(line)) ||
    line.split(/\s+/).every((token) => coveredByPieces(normalise(token)))
  );
}

function coveredByPieces(text: string): boolean {
  if (text.length === 0 || built.includes(text)) return true;
  for (let end = text.length - 1; end >= MIN_PIECE; end--) {
    if (
      text.length - end >= MIN_PIECE &&
      built.includes(text.slice(0, end)) &&
      coveredByPieces(text.slice(end))
    )
      return true;
  }
  return false;
}

test('every line of the source text is on the site', () => {
  const missing = sourceLines.filter((line) => !isFound(line));
  const chars = (lines: string[]) => lines.reduce((sum, line) => sum + normalise(line).length, 0);
  const coverage = 1 - chars(missing) / chars(sourceLines);
  console.log(
    `fidelity: ${sourceLines.length - missing.length}/${sourceLines.length} source lines found, ${(coverage * 100).toFixed(2)}% of characters`,
  );
  expect(missing).toEqual([]);
});

test('every number of the source text is on the site', () => {
  const numbers = sourceLines.flatMap((line) => numbersIn(line));
  const missing = [...new Set(numbers)].filter((n) => !builtNumbers.has(n));
  console.log(
    `fidelity: ${numbers.length - numbers.filter((n) => missing.includes(n)).length}/${numbers.length} numbers found`,
  );
  expect(missing).toEqual([]);
});
