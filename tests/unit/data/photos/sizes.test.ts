import { expect, test } from 'vitest';
import { printWidth, webWidths } from '../../../../src/data/photos/sizes.ts';

test.each([
  [4000, [480, 800, 1200, 1600]],
  [1600, [480, 800, 1200, 1600]],
  [1000, [480, 800, 1000]],
  [360, [360]],
])('an original %i pixels wide is published at %j on screens', (width, widths) => {
  expect(webWidths(width)).toEqual(widths);
});

test.each([
  // Landscape 4:3 fills the 174 mm column up to 120 mm high: 160 mm at 300 dpi.
  [{ width: 4000, height: 3000 }, 1890],
  // A wide panorama fills the whole column: 174 mm at 300 dpi.
  [{ width: 6000, height: 2000 }, 2055],
  // Portrait 2:3 is held to 120 mm high, so 80 mm wide.
  [{ width: 4000, height: 6000 }, 945],
  // A small original is never enlarged.
  [{ width: 800, height: 600 }, 800],
])('%j prints from a copy %i pixels wide', (original, width) => {
  expect(printWidth(original)).toBe(width);
});
