import type { YearContent } from '../content/year-content.ts';

/** Where a year's photo lives, relative to the project root: content/<year>/photos/<src>. */
export function photoPath(year: number, src: string): string {
  return `content/${year}/photos/${src}`;
}

/** A picture named by a chapter's or case's photos[…].src. */
export interface PhotoRef {
  /** The content file that names it. */
  file: string;
  /** The field that names it, e.g. photos[0].src. */
  field: string;
  /** The value of that field. */
  src: string;
  /** The picture's path relative to the project root. */
  path: string;
}

/** Every picture a year's chapters and cases name. */
export function photoRefs(content: YearContent): PhotoRef[] {
  return [...content.chapters, ...content.cases].flatMap((entry) =>
    entry.data.photos.flatMap((photo, i) =>
      photo.src
        ? [
            {
              file: entry.file,
              field: `photos[${i}].src`,
              src: photo.src,
              path: photoPath(content.year, photo.src),
            },
          ]
        : [],
    ),
  );
}
