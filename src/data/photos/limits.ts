/**
 * The largest photo an editor may put in content/<year>/photos/. The site never publishes the file
 * itself (it makes web and print sizes from it), so the limit is about what a photo needs, not about
 * readers: the print size is about 2,050 pixels across (an A4 column of 174 mm at 300 dpi) and the
 * largest web size 1,600. A camera or phone photo of up to 24 megapixels (6000 × 4000) saved as
 * JPEG is 3 to 10 MB and passes as it is; an uncompressed PNG or TIFF export, a scan at 600 dpi or
 * a 48-megapixel original does not. Every version of a file stays in the repository for good, and
 * each one is decoded in memory at every build (6000 × 6000 is 144 MB of pixels), hence a limit.
 */
import { showValue, type ContentProblem } from '../content/problems.ts';

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
        ? [`文件有 ${megabytes(photo.bytes)}（不能超过 ${megabytes(PHOTO_MAX_BYTES)}）`]
        : []),
      ...(Math.max(photo.width, photo.height) > PHOTO_MAX_SIDE
        ? [
            `尺寸为 ${count(photo.width)} × ${count(photo.height)} 像素（最长边不能超过 ${count(PHOTO_MAX_SIDE)} 像素）`,
          ]
        : []),
    ];
    if (excess.length === 0) return [];
    return [
      {
        file: photo.file,
        field: photo.field,
        message: `图片 ${photo.path} 太大：${excess.join('，')}。网站会用这张图生成网页和印刷用的尺寸，印刷只需约 2,000 像素宽。请用任一图片编辑软件把它缩小到最长边不超过 ${count(PHOTO_MAX_SIDE)} 像素，以 80 至 90 的质量另存为 JPEG${saveAsJpeg(photo.path)}`,
      },
    ];
  });
}

/** Where to save a JPEG copy of a picture, and the change of "src" that a new file name needs. */
export function saveAsJpeg(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.jpe?g$/.test(name)) return '，文件名不变。';
  const jpeg = name.replace(/\.[a-z]+$/i, '.jpg');
  return `，存为 ${jpeg}，并把 "src" 改为 ${showValue(jpeg)}。`;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const count = (n: number) => n.toLocaleString('en-US');
