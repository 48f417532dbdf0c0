/**
 * Checks the picture files that photos name: each must exist, be a picture, and stay within the
 * limits of photo-limits.ts. Used by `npm run check` and by the build, so both stop alike.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { photoRefs, type PhotoRef } from './photo-files.ts';
import { photoLimitProblems, saveAsJpeg, type MeasuredPhoto } from './photo-limits.ts';
import type { ContentProblem } from './problems.ts';
import type { YearContent } from './year-content.ts';

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
      message: `There is no picture at ${path}. Put the image file there, or correct "src".`,
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
    message: `The file ${path} is not a picture the site can read (JPEG, PNG or WebP). Open it in an image editor and save it again as JPEG ${saveAsJpeg(path)}`,
  };
}
