/**
 * Checks the picture files that photos name: each must exist, be a picture, and stay within the
 * limits of src/data/photos/limits.ts. Used by `npm run check` and by the build, so both stop alike.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { photoRefs, type PhotoRef } from '../photos/files.ts';
import { photoLimitProblems, saveAsJpeg, type MeasuredPhoto } from '../photos/limits.ts';
import type { ContentProblem } from '../content/problems.ts';
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
  return [...problems, ...photoLimitProblems(measured)];
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
