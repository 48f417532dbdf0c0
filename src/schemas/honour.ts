import { z } from 'astro/zod';
import { text } from './common.ts';

/** One award of 中铝绿色荣誉. */
export const honourSchema = z.strictObject({
  /** The award as printed. */
  award: text('name'),
  /** Who received it, as printed. */
  recipient: text('name'),
  /** Who awarded it (the text before 颁发). */
  issuer: text('name'),
});

/** content/<year>/honours.json. */
export const honoursFileSchema = z.strictObject({
  honours: z.array(honourSchema),
});

export type Honour = z.output<typeof honourSchema>;
