import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** A photo of the printed report. Only captions survived; add `src` to show the picture. */
export const photoSchema = z.strictObject({
  /** The caption as printed. */
  caption: textSchema,
  /** Optional file name of the picture in the year's photos/ folder, e.g. "fhest-technology.jpg". */
  src: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpe?g|png|webp)$/, {
      error: (issue) =>
        `expected the file name of a picture in this year's photos/ folder, in lowercase letters, digits and hyphens, ending in .jpg, .jpeg, .png or .webp (like "fhest-technology.jpg"), found ${JSON.stringify(issue.input)}`,
    })
    .optional(),
  /**
   * Text alternative for the image when it is not the caption itself; omit it to use the caption.
   * Never empty: a reader who cannot see the picture would learn nothing of it.
   */
  alt: textSchema.optional(),
});

export type Photo = z.output<typeof photoSchema>;
