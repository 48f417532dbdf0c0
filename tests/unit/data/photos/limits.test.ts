import { expect, test } from 'vitest';
import {
  PHOTO_MAX_BYTES,
  PHOTO_MAX_SIDE,
  photoLimitProblems,
  type MeasuredPhoto,
} from '../../../../src/data/photos/limits.ts';

const photo = (size: Partial<MeasuredPhoto>): MeasuredPhoto => ({
  file: 'content/2017/chapters/01-intro.mdx',
  field: 'photos[0].src',
  path: 'content/2017/photos/belt.jpg',
  bytes: 3_000_000,
  width: 4000,
  height: 3000,
  ...size,
});

const FIX =
  'Replace it with a copy of at most 6,000 pixels on its longest side, saved as JPEG at quality 80 to 90 (any image editor can resize and export so), under the same name. The site makes its web and print sizes from that copy; print needs no more than about 2,000 pixels across.';

test('the limits are 10 MB and 6000 pixels on the longest side', () => {
  expect([PHOTO_MAX_BYTES, PHOTO_MAX_SIDE]).toEqual([10_485_760, 6000]);
});

test.each([
  ['a 12-megapixel camera JPEG', {}],
  ['a picture exactly at both limits', { bytes: PHOTO_MAX_BYTES, width: 6000, height: 6000 }],
])('%s passes', (_what, size) => {
  expect(photoLimitProblems([photo(size)])).toEqual([]);
});

test.each([
  [
    'a 20 MB PNG',
    { bytes: 20 * 1024 * 1024 + 200_000, width: 5000, height: 4000 },
    'The picture content/2017/photos/belt.jpg is too large: 20.2 MB (the limit is 10.0 MB).',
  ],
  [
    'a 48-megapixel phone photo',
    { bytes: 9_000_000, width: 8064, height: 6048 },
    'The picture content/2017/photos/belt.jpg is too large: 8,064 × 6,048 pixels (the limit is 6,000 on the longest side).',
  ],
  [
    'a tall scan over both limits',
    { bytes: 30 * 1024 * 1024, width: 4960, height: 7016 },
    'The picture content/2017/photos/belt.jpg is too large: 30.0 MB (the limit is 10.0 MB) and 4,960 × 7,016 pixels (the limit is 6,000 on the longest side).',
  ],
])(
  '%s is reported with the file, the field, its size, the limit and the fix',
  (_what, size, found) => {
    expect(photoLimitProblems([photo({ width: 100, height: 100 }), photo(size)])).toEqual([
      {
        file: 'content/2017/chapters/01-intro.mdx',
        field: 'photos[0].src',
        message: `${found} ${FIX}`,
      },
    ]);
  },
);

test('a picture that is not a JPEG is saved as one, and "src" follows the new name', () => {
  expect(
    photoLimitProblems([photo({ path: 'content/2017/photos/belt.png', width: 7000 })])[0]?.message,
  ).toContain(
    'saved as JPEG at quality 80 to 90 (any image editor can resize and export so), as belt.jpg, and write "belt.jpg" in "src". The site',
  );
});
