import { describe, expect, test } from 'vitest';
import { formatFigure, formatKpiCell, formatNumber } from '../../../src/data/format.ts';

describe('formatNumber', () => {
  test.each([
    [166545, undefined, '166545'],
    [209.9, 2, '209.90'],
    [27, 1, '27.0'],
    [-0.225, undefined, '-0.225'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [1037.9, undefined, '1037.9'],
  ])('%s (decimals %s) → %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});

describe('formatFigure puts each qualifier where the report prints it', () => {
  test.each([
    [{ value: 35, unit: '万吨', qualifier: '约' as const }, '约35万吨'],
    [{ value: 95, unit: '%', qualifier: '大于' as const }, '大于95%'],
    [{ value: 70, unit: '人', qualifier: '余' as const }, '70余人'],
    [{ value: 5000, unit: '万', qualifier: '多' as const }, '5000多万'],
    [{ value: 20, unit: '%', qualifier: '以上' as const }, '20% 以上'],
    [{ value: 209.9, unit: '万吨', decimals: 2 }, '209.90万吨'],
    [{ value: 21, unit: '个' }, '21个'],
  ])('%o → %s', (figure, expected) => {
    expect(formatFigure(figure)).toBe(expected);
  });
});

describe('formatKpiCell', () => {
  const row = {
    values: { '2015': 'not-reported' as const, '2016': -8.47, '2017': 14.45 },
    asPublished: { '2017': '14.45%' },
  };
  test('prints "-" where not reported', () => expect(formatKpiCell(row, 2015)).toBe('-'));
  test('prints the number', () => expect(formatKpiCell(row, 2016)).toBe('-8.47'));
  test('prints the published text where it differs', () =>
    expect(formatKpiCell(row, 2017)).toBe('14.45%'));
  test('prints "-" for a year the row lacks', () => expect(formatKpiCell(row, 2014)).toBe('-'));
});
