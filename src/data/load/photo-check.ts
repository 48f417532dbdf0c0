/**
 * Checks the picture files that photos name: each must exist, be a picture, and stay within the
 * limits of src/data/photos/limits.ts. Used by `npm run check` and by the build, so both stop alike.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { photoRefs, type PhotoRef } from '../photos/files.ts';
import {
  PHOTO_MAX_BYTES,
  PHOTO_MAX_SIDE,
  photoLimitProblems,
  type MeasuredPhoto,
} from '../photos/limits.ts';
import { showValue, type ContentProblem } from '../content/problems.ts';
import type { YearContent } from '../content/year-content.ts';

/** Problems of every picture the years' chapters and cases name; `root` is the project root. */
export async function checkPhotoFiles(
  root: string,
  years: readonly YearContent[],
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const measured: MeasuredPhoto[] = [];
  for (const ref of years.flatMap(photoRefs)) {
    const found = await measure(root, ref);
    if ('message' in found) problems.push(found);
    else measured.push(found);
  }
  // src/data/photos/limits.ts decides which pictures are too large; the editors read it in Chinese.
  const tooLarge = photoLimitProblems(measured);
  return [
    ...problems,
    ...measured
      .filter((photo) => tooLarge.some((p) => p.file === photo.file && p.field === photo.field))
      .map((photo) => ({ file: photo.file, field: photo.field, message: tooLargeMessage(photo) })),
  ];
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/** What is too large about a picture, what the limits are, and how to make a copy within them. */
function tooLargeMessage(photo: MeasuredPhoto): string {
  const excess = [
    ...(photo.bytes > PHOTO_MAX_BYTES
      ? [`文件有 ${megabytes(photo.bytes)}（不能超过 ${megabytes(PHOTO_MAX_BYTES)}）`]
      : []),
    ...(Math.max(photo.width, photo.height) > PHOTO_MAX_SIDE
      ? [
          `尺寸为 ${count(photo.width)} × ${count(photo.height)} 像素（最长边不能超过 ${count(PHOTO_MAX_SIDE)} 像素）`,
        ]
      : []),
  ];
  return `图片 ${photo.path} 太大：${excess.join('，')}。网站会用这张图生成网页和印刷用的尺寸，印刷只需约 2,000 像素宽。请用任一图片编辑软件把它缩小到最长边不超过 ${count(PHOTO_MAX_SIDE)} 像素，以 80 至 90 的质量另存为 JPEG${saveAsJpeg(photo.path)}`;
}

/** What the image service reads whatever the platform (a phone's HEIC, for one, it may not). */
const READABLE = new Set(['jpg', 'png', 'webp']);

async function measure(root: string, ref: PhotoRef): Promise<MeasuredPhoto | ContentProblem> {
  const { file, field, path } = ref;
  const absolute = join(root, path);
  if (!existsSync(absolute))
    return {
      file,
      field,
      message: `找不到图片文件 ${path}。"src" 应为 ${path.slice(0, path.lastIndexOf('/') + 1)} 中一个图片文件的名字。请把图片放到这个位置，或改正 "src"（注意扩展名，如 .jpg 与 .jpeg 不同）。`,
    };
  const data = await readFile(absolute);
  try {
    const { width, height, format } = await imageMetadata(data, path);
    if (READABLE.has(format)) return { file, field, path, bytes: data.byteLength, width, height };
  } catch {
    // Told below.
  }
  return {
    file,
    field,
    message: `文件 ${path} 不是网站能读取的图片。应为 JPEG、PNG 或 WebP 格式（手机拍的 HEIC、扫描的 TIFF 等都不行）。请用图片编辑软件打开它，另存为 JPEG${saveAsJpeg(path)}`,
  };
}

/** Where to save a JPEG copy of a picture, and the change of "src" that a new file name needs. */
function saveAsJpeg(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.jpe?g$/.test(name)) return '，文件名不变。';
  const jpeg = name.replace(/\.[a-z]+$/i, '.jpg');
  return `，存为 ${jpeg}，并把 "src" 改为 ${showValue(jpeg)}。`;
}
