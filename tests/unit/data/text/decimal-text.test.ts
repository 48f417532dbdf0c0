import { describe, expect, test } from 'vitest';
import { decimalText } from '../../../../src/data/text/decimal-text.ts';

const formats = new Map<string, Intl.NumberFormat>();
const intl = (value: number, group: boolean, min: number, max: number) => {
  const key = `${group} ${min} ${max}`;
  if (!formats.has(key))
    formats.set(
      key,
      new Intl.NumberFormat('zh-CN', {
        useGrouping: group,
        minimumFractionDigits: min,
        maximumFractionDigits: max,
      }),
    );
  return formats.get(key)!.format(value);
};

/** A deterministic stream of numbers (mulberry32), so a failure can be run again. */
function numbers(seed: number, count: number): number[] {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    const magnitude = 10 ** Math.floor(next() * 14 - 6);
    const decimals = Math.floor(next() * 5);
    // Half of them end in 5 after a few decimals: the ties where rounding rules differ.
    const raw = next() * magnitude * 10;
    const value = next() < 0.5 ? Number(raw.toFixed(decimals)) + 5 * 10 ** -(decimals + 1) : raw;
    return next() < 0.3 ? -value : value;
  });
}

describe('decimalText writes what Intl.NumberFormat writes for zh-CN', () => {
  test.each([
    [166545, false, 0, 10, '166545'],
    [564941, true, 0, 10, '564,941'],
    [209.9, false, 2, 2, '209.90'],
    [1.005, false, 0, 2, '1.01'],
    [0.995, false, 0, 2, '1'],
    [999.95, true, 1, 1, '1,000.0'],
    [-0.225, false, 0, 10, '-0.225'],
    [-0.001, false, 0, 2, '-0'],
    [0, false, 1, 1, '0.0'],
    [1e21, true, 0, 0, '1,000,000,000,000,000,000,000'],
  ])('%s (grouped %s, %s–%s decimals) → %s', (value, group, min, max, expected) => {
    expect(
      decimalText(value, { group, minimumFractionDigits: min, maximumFractionDigits: max }),
    ).toBe(expected);
    expect(expected).toBe(intl(value, group, min, max));
  });

  test('on 20,000 numbers of every size, ties included, in every grouping and precision', () => {
    const differences: string[] = [];
    for (const value of numbers(20171231, 20_000)) {
      for (const [min, max] of [
        [0, 10],
        [0, 0],
        [0, 2],
        [1, 1],
        [2, 2],
        [3, 3],
        [0, 4],
      ] as const)
        for (const group of [false, true]) {
          const ours = decimalText(value, {
            group,
            minimumFractionDigits: min,
            maximumFractionDigits: max,
          });
          const theirs = intl(value, group, min, max);
          if (ours !== theirs)
            differences.push(`${value} ${group} ${min}-${max}: ${ours} ≠ ${theirs}`);
        }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
