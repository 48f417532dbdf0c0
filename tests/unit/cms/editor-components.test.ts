import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorComponents } from '../../../src/cms/admin/editor-components.ts';
import { cellProblem, keysProblem, parseCell } from '../../../src/cms/admin/values.ts';

const chapters = resolve(import.meta.dirname, '../../../content/2017/chapters');
const tagLines = readdirSync(chapters).flatMap((file) =>
  readFileSync(resolve(chapters, file), 'utf8')
    .split('\n')
    .filter((line) => /^<[A-Z]/.test(line)),
);

describe('the content tags as editor components', () => {
  it('reads every tag line of 2017 and writes it back unchanged', () => {
    expect(tagLines.length).toBeGreaterThan(20);
    for (const line of tagLines) {
      const component = editorComponents().find((c) => c.pattern.test(line));
      expect(component, line).toBeDefined();
      const data = component!.fromBlock(line.match(component!.pattern)!);
      expect(component!.toBlock(data)).toBe(line);
    }
  });

  it('leaves an optional attribute out when it is empty, and quotes a value', () => {
    const keyFigures = editorComponents().find((c) => c.id === 'KeyFigures')!;
    expect(keyFigures.toBlock({ section: '' })).toBe('<KeyFigures />');
    expect(keyFigures.toBlock({ section: 'a"b' })).toBe('<KeyFigures section="a&quot;b" />');
  });
});

describe('KPI cells and year keys', () => {
  it.each([
    ['14.45', 14.45],
    ['-3', -3],
    ['not-reported', 'not-reported'],
    ['14.45%', '14.45%'],
  ])('reads %j as %j', (text, value) => {
    expect(parseCell(text, ['not-reported'])).toBe(value);
  });

  it('says in the check’s words what is wrong', () => {
    expect(cellProblem('14.45%', ['not-reported'])).toBe(
      '应为不带单位和引号的数字（如 14.45），报告印作“-”处写 "not-reported"，实际为 "14.45%"',
    );
    expect(cellProblem(3, ['not-reported'])).toBeUndefined();
    expect(keysProblem(['2017', '17'], '^\\d{4}$')).toBe(
      '应为四位数年份作键（如 "2017"），实际为 "17"',
    );
    expect(keysProblem(['2017', '2017'], '^\\d{4}$')).toBe('年份 "2017" 写了两次');
  });
});
