import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** A photo of the printed report. Only captions survived; add `src` to show the picture. */
export const photoSchema = z.strictObject({
  /** The caption as printed. */
  caption: textSchema,
  /** Optional path of the image under public/, e.g. "/photos/2017/belt.jpg". */
  src: z.string().startsWith('/').optional(),
  /** Text alternative for the image when it is not the caption itself. */
  alt: z.string().optional(),
});

export type Photo = z.output<typeof photoSchema>;
