import { z } from 'astro/zod';
import { text, unitText, given } from './common.ts';
import { oddCharacters, showValue } from '../data/content/problems.ts';

/**
 * How the report qualifies a number: 约/近/大于 stand before it, 余/多 between number and unit,
 * 以上 after the unit.
 */
export const qualifierSchema = z.enum(['约', '近', '大于', '余', '多', '以上']);

/** A headline number as the report prints it in an infographic or a case box. */
export const figureSchema = z.strictObject({
  /** The label printed with the number, without the number, unit and qualifier. */
  label: text('name'),
  /** The number itself, written as a number (not text, no unit). */
  value: z.number({
    error: given(
      (issue) =>
        `应为不带单位和文字的数字（如 35 或 209.9），实际为 ${showValue(issue.input)}。${oddCharacters(issue.input)}单位请写在 "unit" 中。`,
    ),
  }),
  /** The unit as printed, e.g. 万吨, %, kWh/t-Al; empty when the number has none. */
  unit: unitText,
  /** A qualifier printed with the number (约, 近, 大于, 余, 多, 以上). */
  qualifier: qualifierSchema.optional(),
  /** Digits after the decimal point as printed, where the print keeps trailing zeros (209.90 → 2). */
  decimals: z.number().int().min(0).max(6).optional(),
});

export type FigureInput = z.input<typeof figureSchema>;
export type Figure = z.output<typeof figureSchema>;
