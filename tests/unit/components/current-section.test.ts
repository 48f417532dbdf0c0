import { describe, expect, test } from 'vitest';
import { currentIndex } from '../../../src/components/nav/current-section.ts';

describe('currentIndex', () => {
  test.each([
    { tops: [], line: 100, expected: -1, why: 'no headings' },
    { tops: [300, 900], line: 100, expected: -1, why: 'before the first heading' },
    { tops: [100, 900], line: 100, expected: 0, why: 'a heading on the line' },
    { tops: [-2000, 40, 900], line: 100, expected: 1, why: 'the last heading above the line' },
    { tops: [-2000, -400, 101], line: 100, expected: 1, why: 'a heading just below the line' },
    { tops: [-900, 20, 60], line: 100, expected: 2, why: 'several above: the last' },
    { tops: [-900, Infinity, 60], line: 100, expected: 2, why: 'a missing heading is skipped' },
  ])('$why', ({ tops, line, expected }) => {
    expect(currentIndex(tops, line)).toBe(expected);
  });
});
