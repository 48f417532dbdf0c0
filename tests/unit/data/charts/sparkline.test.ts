import { describe, expect, test } from 'vitest';
import { sparkline, type SparkBox } from '../../../../src/data/charts/sparkline.ts';

/** 100 × 20 with a pad of 2: x runs 2…98, y 2 (top) … 18 (bottom). */
const BOX: SparkBox = { width: 100, height: 20, pad: 2 };

describe('a line', () => {
  test('runs left to right over evenly spaced years, high values at the top', () => {
    const line = sparkline([1, 3, 2], BOX);
    expect(line.paths).toEqual(['M2 18 L50 2 L98 10']);
    expect(line.points).toEqual([
      { x: 2, y: 18 },
      { x: 50, y: 2 },
      { x: 98, y: 10 },
    ]);
    expect(line.columns).toEqual([]);
    expect(line.zero).toBeUndefined();
  });

  test('breaks at a null year: two paths, never a segment across the gap', () => {
    const line = sparkline([1, 2, null, 4, 3], BOX);
    expect(line.paths).toEqual(['M2 18 L26 12.7', 'M74 2 L98 7.3']);
    expect(line.points.map((p) => p.x)).toEqual([2, 26, 74, 98]);
  });

  test('a value alone between gaps is a point, not a path', () => {
    const line = sparkline([null, 5, null, 1, 2], BOX);
    expect(line.paths).toEqual(['M74 18 L98 14']);
    expect(line.points[0]).toEqual({ x: 26, y: 2 });
  });

  test('leading and trailing gaps keep the years in their places', () => {
    const line = sparkline([null, null, 96.28], BOX);
    expect(line.paths).toEqual([]);
    expect(line.points).toEqual([{ x: 98, y: 10 }]);
  });

  test('a constant series is flat at mid-height', () => {
    const line = sparkline([100, 100, 100], BOX);
    expect(line.paths).toEqual(['M2 10 L50 10 L98 10']);
  });

  test('a constant zero is flat, and that line is the zero line', () => {
    expect(sparkline([0, 0, 0], BOX).zero).toBe(10);
  });

  test('one point sits in the middle', () => {
    const line = sparkline([42], BOX);
    expect(line.paths).toEqual([]);
    expect(line.points).toEqual([{ x: 50, y: 10 }]);
  });

  test('nothing to draw: no paths, no points', () => {
    expect(sparkline([null, null], BOX)).toEqual({
      paths: [],
      points: [],
      columns: [],
      zero: undefined,
    });
    expect(sparkline([], BOX).points).toEqual([]);
  });

  test('negative values: the range is the values, and zero is marked where it falls inside', () => {
    const line = sparkline([-8.47, 14.45], BOX);
    expect(line.points.map((p) => p.y)).toEqual([18, 2]);
    expect(line.zero).toBe(12.1);
    expect(sparkline([-3, -1], BOX).zero).toBeUndefined();
  });

  test('dots: the points alone, no line joining them', () => {
    const dots = sparkline([0, 0, 0], BOX, 'dots');
    expect(dots.paths).toEqual([]);
    expect(dots.points).toHaveLength(3);
  });
});

describe('columns', () => {
  test('grow from the zero line, up for gains and down for falls', () => {
    const bars = sparkline([-2, 2], BOX, 'column');
    expect(bars.zero).toBe(10);
    const [down, up] = bars.columns;
    expect(down).toMatchObject({ y: 10, height: 8 });
    expect(up).toMatchObject({ y: 2, height: 8 });
    expect(down!.x + down!.width / 2).toBeLessThan(up!.x);
  });

  test('amounts above zero stand on the bottom, which is zero', () => {
    const bars = sparkline([15.2, 14.5, 1.9], BOX, 'column');
    expect(bars.zero).toBe(18);
    expect(bars.columns.map((c) => c.y + c.height)).toEqual([18, 18, 18]);
    expect(bars.columns[0]!.height).toBe(16);
  });

  test('all below zero hang from the top, which is zero', () => {
    const bars = sparkline([-9.51, -23.71, -27.04], BOX, 'column');
    expect(bars.zero).toBe(2);
    expect(bars.columns.every((c) => c.y === 2)).toBe(true);
    expect(bars.columns[2]!.height).toBe(16);
  });

  test('a null year has no column and keeps its slot', () => {
    const bars = sparkline([null, -8.47, 14.45], BOX, 'column');
    expect(bars.columns).toHaveLength(2);
    const slots = sparkline([1, 1, 1], BOX, 'column').columns.map((c) => c.x);
    expect(bars.columns.map((c) => c.x)).toEqual(slots.slice(1));
  });

  test('a zero value is a hairline on the zero line, not nothing', () => {
    const bars = sparkline([0, 0, 0], BOX, 'column');
    expect(bars.zero).toBe(18);
    expect(bars.columns.every((c) => c.height === 0.5 && c.y === 18)).toBe(true);
  });

  test('every column stays inside the box', () => {
    for (const values of [[1], [5, -5, 3], [0.97, -11.07, -9.58, 2, 3, 4, 5]]) {
      for (const c of sparkline(values, BOX, 'column').columns) {
        expect(c.x).toBeGreaterThanOrEqual(BOX.pad);
        expect(c.x + c.width).toBeLessThanOrEqual(BOX.width - BOX.pad + 0.1);
        expect(c.y).toBeGreaterThanOrEqual(BOX.pad);
        expect(c.y + c.height).toBeLessThanOrEqual(BOX.height - BOX.pad + 0.5);
      }
    }
  });
});
