import { z } from 'astro/zod';
import { text, given } from './common.ts';
import { oddCharacters, showValue } from '../data/content/problems.ts';

/** A photo of the printed report. Only captions survived; add `src` to show the picture. */
export const photoSchema = z.strictObject({
  /** The caption as printed. */
  caption: text('caption'),
  /** Optional file name of the picture in the year's photos/ folder, e.g. "fhest-technology.jpg". */
  src: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:jpe?g|png|webp)$/, {
      error: given(
        (issue) =>
          `应为该年 photos/ 文件夹中图片的文件名，由小写英文字母、数字和连字符组成，以 .jpg、.jpeg、.png 或 .webp 结尾（如 "fhest-technology.jpg"），实际为 ${showValue(issue.input)}。${oddCharacters(issue.input)}`,
      ),
    })
    .optional(),
  /**
   * Text alternative for the image when it is not the caption itself; omit it to use the caption.
   * Never empty: a reader who cannot see the picture would learn nothing of it.
   */
  alt: text('caption').optional(),
});

export type Photo = z.output<typeof photoSchema>;
