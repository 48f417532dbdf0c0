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
  '网站会用这张图生成网页和印刷用的尺寸，印刷只需约 2,000 像素宽。请用任一图片编辑软件把它缩小到最长边不超过 6,000 像素，以 80 至 90 的质量另存为 JPEG，文件名不变。';

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
    '图片 content/2017/photos/belt.jpg 太大：文件有 20.2 MB（不能超过 10.0 MB）。',
  ],
  [
    'a 48-megapixel phone photo',
    { bytes: 9_000_000, width: 8064, height: 6048 },
    '图片 content/2017/photos/belt.jpg 太大：尺寸为 8,064 × 6,048 像素（最长边不能超过 6,000 像素）。',
  ],
  [
    'a tall scan over both limits',
    { bytes: 30 * 1024 * 1024, width: 4960, height: 7016 },
    '图片 content/2017/photos/belt.jpg 太大：文件有 30.0 MB（不能超过 10.0 MB），尺寸为 4,960 × 7,016 像素（最长边不能超过 6,000 像素）。',
  ],
])(
  '%s is reported with the file, the field, its size, the limit and the fix',
  (_what, size, found) => {
    expect(photoLimitProblems([photo({ width: 100, height: 100 }), photo(size)])).toEqual([
      {
        file: 'content/2017/chapters/01-intro.mdx',
        field: 'photos[0].src',
        message: `${found}${FIX}`,
      },
    ]);
  },
);

test('a picture that is not a JPEG is saved as one, and "src" follows the new name', () => {
  expect(
    photoLimitProblems([photo({ path: 'content/2017/photos/belt.png', width: 7000 })])[0]?.message,
  ).toContain('以 80 至 90 的质量另存为 JPEG，存为 belt.jpg，并把 "src" 改为 "belt.jpg"。');
});
