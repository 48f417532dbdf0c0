import { describe, expect, test } from 'vitest';
import { spreadsheetCsv } from '../../../../src/data/text/csv.ts';
import { parseCsv } from '../../../csv.ts';

const line = (cells: (string | number | null)[]) => spreadsheetCsv([cells]).slice(1, -2);

describe('spreadsheetCsv', () => {
  test('a BOM first, every field quoted, CRLF after every line', () => {
    expect(
      spreadsheetCsv([
        ['指标', 2017],
        ['a', null],
      ]),
    ).toBe('\uFEFF"指标","2017"\r\n"a",""\r\n');
  });

  test.each([
    ['二氧化碳排放量', '"二氧化碳排放量"'],
    ['say "hi"', '"say ""hi"""'],
    ['', '""'],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ['+1+cmd|/C calc!A0', '"\'+1+cmd|/C calc!A0"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
    ['＝1+1', '"\'＝1+1"'],
  ])('the text %j is written %s: no text becomes a formula', (text, field) =>
    expect(line([text])).toBe(field),
  );

  test.each([
    [-12.5, '"-12.5"'],
    [0, '"0"'],
    [-0, '"0"'],
    [346200, '"346200"'],
    [null, '""'],
  ])('the number %j stays a number: %s', (value, field) => expect(line([value])).toBe(field));

  test('reads back cell for cell', () => {
    const rows = [
      ['a,b', 'line\nbreak', '"q"'],
      ['-1', '=x', ''],
    ];
    expect(parseCsv(spreadsheetCsv(rows).slice(1))).toEqual([
      ['a,b', 'line\nbreak', '"q"'],
      ["'-1", "'=x", ''],
    ]);
  });
});
