import { describe, expect, test } from 'vitest';
import {
  formatFigure,
  formatKpiCell,
  formatNumber,
  formatTick,
  formatWithUnit,
} from '../../../../src/data/text/format.ts';

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

describe('numbers in charts: grouped from five digits, with sign and unit', () => {
  test.each([
    [600000, '%', false, '600,000%'],
    [564941, '人次', false, '564,941 人次'],
    [1425, '包', false, '1425 包'],
    [96.28, '%', false, '96.28%'],
    [12.2, '%', true, '+12.2%'],
    [-23.71, '%', true, '-23.71%'],
    [0, '%', true, '0%'],
    [346200, '万吨', false, '346,200 万吨'],
  ])('%s %s (signed %s) → %s', (value, unit, signed, expected) => {
    expect(formatWithUnit(value, unit, { signed })).toBe(expected);
  });

  test('a table that prints decimals keeps them', () => {
    expect(formatWithUnit(30, '%', { decimals: 1 })).toBe('30.0%');
  });

  test.each([
    [600000, { min: 0, max: 600000, scale: 10_000 }, '人次', '60万'],
    [200000, { min: 0, max: 600000, scale: 10_000 }, '人次', '20万'],
    [0, { min: 0, max: 600000, scale: 10_000 }, '人次', '0'],
    [300000000, { min: 0, max: 3e8, scale: 100_000_000 }, '元', '3亿'],
    [400000, { min: 0, max: 400000, scale: 1 }, '万吨', '400,000'],
    [5000, { min: 0, max: 15000, scale: 1 }, '万吨', '5,000'],
    [5000, { min: 0, max: 6000, scale: 1 }, '万吨', '5000'],
    [25, { min: 0, max: 100, scale: 1 }, '%', '25%'],
    [-5, { min: -5, max: 15, scale: 1 }, '%', '-5%'],
    [0.25, { min: 0, max: 1, scale: 1 }, '亿元', '0.25'],
  ] as const)('tick %s on %o (%s) → %s', (value, axis, unit, expected) => {
    expect(formatTick(value, axis, unit)).toBe(expected);
  });
});
