import { describe, expect, test } from 'vitest';
import { parseToolArgs } from '../../../scripts/lib/tool-args.ts';

const options = {
  site: { type: 'string', default: 'dist' },
  'clear-cache': { type: 'boolean', default: false },
} as const;

const refusal = (args: string[], allowPositionals = false) => {
  try {
    parseToolArgs('pdf', { args, options, allowPositionals });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('parseToolArgs', () => {
  test('reads what parseArgs reads', () => {
    expect(
      parseToolArgs('pdf', { args: ['--site', 'out', '--clear-cache'], options }).values,
    ).toEqual({
      site: 'out',
      'clear-cache': true,
    });
  });

  test.each([
    [
      ['--sit', 'x'],
      'pdf：没有 --sit 这个选项。是否应为 --site？pdf 可用的选项：--site、--clear-cache。',
    ],
    [['--verbose'], 'pdf：没有 --verbose 这个选项。pdf 可用的选项：--site、--clear-cache。'],
    [['-v'], 'pdf：没有 -v 这个选项。pdf 可用的选项：--site、--clear-cache。'],
    [['--site'], 'pdf：选项 --site 后面要给出一个值，如 --site <值>。'],
    [['--clear-cache=yes'], 'pdf：选项 --clear-cache 是开关，不带值；请只写 --clear-cache。'],
    [['2017'], 'pdf：不接受参数 "2017"。pdf 可用的选项：--site、--clear-cache。'],
  ])('%j is refused in Chinese, naming what is wrong', (args, message) => {
    expect(refusal(args)).toBe(message);
  });

  test('a tool without options says so', () => {
    expect(() => parseToolArgs('seal', { args: ['--force'], allowPositionals: true })).toThrow(
      'seal：没有 --force 这个选项。seal 不接受任何选项。',
    );
  });
});
