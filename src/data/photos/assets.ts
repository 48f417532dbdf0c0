/**
 * The photos of every year as Astro image assets, so that the build makes its web and print sizes
 * (astro:assets) and never publishes the original file. The check has made sure each named picture
 * exists, can be read and is within the limits (src/data/load/photo-check.ts).
 */
import type { ImageMetadata } from 'astro';
import { photoPath } from './files.ts';

// Vite resolves a glob that starts with "/" from the project root: a fixture site's own content/.
const originals = import.meta.glob<ImageMetadata>('/content/*/photos/*.{jpg,jpeg,png,webp}', {
  eager: true,
  import: 'default',
});

/** The picture of a photo and its size, or undefined where it is missing (the check reports that). */
export function photoAsset(
  year: number,
  src: string,
): { image: ImageMetadata; width: number; height: number } | undefined {
  const image = originals[`/${photoPath(year, src)}`];
  if (!image) return undefined;
  // Reading a property of an imported image marks the original as used, and the build then
  // publishes it too; Astro's own getImage reads its size from this hidden clone for that reason.
  const { width, height } = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
  return { image, width, height };
}
