import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** One award of 中铝绿色荣誉. */
export const honourSchema = z.strictObject({
  /** The award as printed. */
  award: textSchema,
  /** Who received it, as printed. */
  recipient: textSchema,
  /** Who awarded it (the text before 颁发). */
  issuer: textSchema,
});

/** content/<year>/honours.json. */
export const honoursFileSchema = z.strictObject({
  honours: z.array(honourSchema),
});

export type Honour = z.output<typeof honourSchema>;
