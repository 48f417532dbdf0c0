import { z } from 'astro/zod';
import { slugSchema, text } from './common.ts';

/** One of the five 降碳 pillars of the 中铝降碳模型. */
export const pillarSchema = z.strictObject({
  /** Stable id: concept, production, management, technology, living. */
  id: slugSchema,
  /** The name as printed, e.g. 理念降碳. */
  name: text('name'),
  /** The pillar's text blocks in the 中铝降碳模型 diagram, one string per block. */
  description: z.array(text('paragraph')).min(1),
  /** The year's initiative for the pillar (发起绿色倡议), without the "理念降碳：" prefix. */
  initiative: text('paragraph'),
});

/** content/<year>/pillars.json. */
export const pillarsFileSchema = z.strictObject({
  /** The pillars in the report's order. */
  pillars: z.array(pillarSchema).min(1),
});

export type Pillar = z.output<typeof pillarSchema>;
