import { showValue } from '../data/content/problems.ts';
import { sourceText } from '../pipeline/source-text.ts';
import type { Report, Rule } from './lib/rule.ts';

export const jsonSyntax: Rule = {
  id: 'json-syntax',
  description: '每个 JSON 文件都是有效的 JSON，才能被读取。',
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
              '这一行末尾的逗号后面已没有项目：JSON 不允许在列表或对象的最后一项后面加逗号。请删除这一行末尾的逗号。',
          }));
        const { line, detail } = jsonErrorPosition(text, error as Error);
        return [
          {
            file: source.file,
            field: '(file)',
            ...(line ? { line } : {}),
            message: `文件不是有效的 JSON（${inChinese(detail)}）。请在这一行或它之前几行找缺少或多余的逗号、引号或括号，改正后再保存。`,
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

/** What JSON.parse says, told in Chinese; a reason not known here is quoted as it is. */
const REASONS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Expected ',' or '}' after property value/, () => '一个值之后应为逗号 "," 或 "}"'],
  [/^Expected ',' or ']' after array element/, () => '列表中的一项之后应为逗号 "," 或 "]"'],
  [/^Expected property name or '}'/, () => '这里应为带双引号的字段名或 "}"'],
  [/^Expected double-quoted property name/, () => '字段名应加双引号'],
  [/^Expected ':' after property name/, () => '字段名之后应为冒号 ":"'],
  [/^Unterminated string/, () => '字符串缺少结尾的双引号'],
  [/^Unexpected end of JSON input/, () => '文件在 JSON 写完之前就结束了，可能少了 "}" 或 "]"'],
  [/^Unexpected token '(.+?)'/, (m) => `出现了不应有的字符 ${showValue(m[1])}`],
  [/^Bad control character in string literal/, () => '字符串中有控制字符（如换行或制表符）'],
  [/^Bad escaped character/, () => '字符串中反斜杠 \\ 之后的字符无效'],
  [/^Unexpected non-whitespace character after JSON/, () => 'JSON 结束之后还有多余的字符'],
  [/^Unexpected number/, () => '出现了不应有的数字'],
  [/^Unterminated fractional number/, () => '小数点之后缺少数字'],
  [/^No number after minus sign/, () => '负号之后缺少数字'],
];

function inChinese(detail: string): string {
  for (const [pattern, say] of REASONS) {
    const match = pattern.exec(detail);
    if (match) return say(match);
  }
  return `读取时报告：${showValue(detail)}`;
}

/** Strings (skipped whole, escapes included) and commas that only whitespace parts from } or ]. */
const TRAILING_COMMA = /"(?:[^"\\]|\\.)*"|,(?=\s*[}\]])/g;

/** The lines of the commas after the last item of an object or list. */
function trailingCommaLines(text: string): number[] {
  return [...text.matchAll(TRAILING_COMMA)]
    .filter((match) => match[0] === ',')
    .map((match) => text.slice(0, match.index).split('\n').length);
}
