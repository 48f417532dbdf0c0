/**
 * The largest photo an editor may put in content/<year>/photos/. The site never publishes the file
 * itself (it makes web and print sizes from it), so the limit is about what a photo needs, not about
 * readers: the print size is about 2,050 pixels across (an A4 column of 174 mm at 300 dpi) and the
 * largest web size 1,600. A camera or phone photo of up to 24 megapixels (6000 × 4000) saved as
 * JPEG is 3 to 10 MB and passes as it is; an uncompressed PNG or TIFF export, a scan at 600 dpi or
 * a 48-megapixel original does not. Every version of a file stays in the repository for good, and
 * each one is decoded in memory at every build (6000 × 6000 is 144 MB of pixels), hence a limit.
 */
import type { ContentProblem } from '../content/problems.ts';

/** At most 10 MB (10 × 1024 × 1024 bytes, as file managers count a megabyte). */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** At most 6000 pixels on the longest side: 24 megapixels at 3:2, nearly three times the print size. */
export const PHOTO_MAX_SIDE = 6000;

/** A photo's picture file as found on disk, with the entry and field that name it. */
export interface MeasuredPhoto {
  /** The content file that names the picture. */
  file: string;
  /** The field that names it, e.g. photos[0].src. */
  field: string;
  /** The picture's path relative to the project root. */
  path: string;
  bytes: number;
  width: number;
  height: number;
}

/** Every picture that is larger than PHOTO_MAX_BYTES or PHOTO_MAX_SIDE, with how to fix it. */
export function photoLimitProblems(photos: readonly MeasuredPhoto[]): ContentProblem[] {
  return photos.flatMap((photo) => {
    const excess = [
      ...(photo.bytes > PHOTO_MAX_BYTES
        ? [`${megabytes(photo.bytes)} (the limit is ${megabytes(PHOTO_MAX_BYTES)})`]
        : []),
      ...(Math.max(photo.width, photo.height) > PHOTO_MAX_SIDE
        ? [
            `${count(photo.width)} × ${count(photo.height)} pixels (the limit is ${count(PHOTO_MAX_SIDE)} on the longest side)`,
          ]
        : []),
    ];
    if (excess.length === 0) return [];
    return [
      {
        file: photo.file,
        field: photo.field,
        message: `The picture ${photo.path} is too large: ${excess.join(' and ')}. Replace it with a copy of at most ${count(PHOTO_MAX_SIDE)} pixels on its longest side, saved as JPEG at quality 80 to 90 (any image editor can resize and export so), ${saveAsJpeg(photo.path)} The site makes its web and print sizes from that copy; print needs no more than about 2,000 pixels across.`,
      },
    ];
  });
}

/** Where to save a JPEG copy of a picture, and the change of "src" that a new file name needs. */
export function saveAsJpeg(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.jpe?g$/.test(name)) return `under the same name.`;
  const jpeg = name.replace(/\.[a-z]+$/, '.jpg');
  return `as ${jpeg}, and write "${jpeg}" in "src".`;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en-US');
