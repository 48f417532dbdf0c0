import { z } from 'astro/zod';
import { figureSchema } from './figure.ts';
import { photoSchema } from './photo.ts';
import { pillarRefsSchema, slugSchema, text } from './common.ts';

/** Frontmatter of content/<year>/cases/<id>.mdx: one 案例 box of the report. */
export const caseSchema = z.strictObject({
  /** The case title as printed. */
  title: text('title'),
  /** The id of the chapter the box stands in (foreword, footprint, management, …). */
  chapter: slugSchema,
  /** The heading (## or ###) of that chapter under which the box stands. */
  section: text('title'),
  /** The organisation the case is about, as the report names it. */
  organisation: text('name'),
  /** The pillars the case serves. */
  pillars: pillarRefsSchema,
  /** The box's headline figures. */
  figures: z.array(figureSchema).default([]),
  /** Captions of the photos printed in the box. */
  photos: z.array(photoSchema).default([]),
  /** A draft case shows in the dev server only. */
  draft: z.boolean().default(false),
});

export type CaseInput = z.input<typeof caseSchema>;
export type CaseData = z.output<typeof caseSchema>;
