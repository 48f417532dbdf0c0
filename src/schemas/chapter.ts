import { z } from 'astro/zod';
import { figureSchema } from './figure.ts';
import { photoSchema } from './photo.ts';
import { pillarRefsSchema, slugSchema, text } from './common.ts';

/** A heading of the chapter body (## or ###) and the pillars it serves. */
export const sectionSchema = z.strictObject({
  /** The heading text exactly as written in the body. */
  heading: text('title'),
  /** The pillars this section serves; pillar pages gather sections by these. */
  pillars: pillarRefsSchema,
});

/** An infographic figure of the chapter, placed in the body with <KeyFigures section="…" />. */
export const chapterFigureSchema = figureSchema.extend({
  /** Stable id of the figure within the chapter. */
  id: slugSchema,
  /** The heading it belongs under; omitted for chapter-level figures (<KeyFigures />). */
  section: text('title').optional(),
  /** Shown among the year's highlights on the home page. */
  highlight: z.boolean().default(false),
});

/** A photo caption of the chapter, placed in the body with <Photos section="…" />. */
export const chapterPhotoSchema = photoSchema.extend({
  /** Stable id of the photo within the chapter. */
  id: slugSchema,
  /** The heading it belongs under. */
  section: text('title'),
});

/** Frontmatter of content/<year>/chapters/NN-<id>.mdx. */
export const chapterSchema = z.strictObject({
  /** The chapter title as printed, e.g. 绿之根·降碳管理. */
  title: text('title'),
  /** The pillars the chapter as a whole serves. */
  pillars: z.array(slugSchema).default([]),
  /** Every ## heading of the body (and any ### worth tagging) with its pillars. */
  sections: z.array(sectionSchema).default([]),
  /** The chapter's infographic figures. */
  figures: z.array(chapterFigureSchema).default([]),
  /** The chapter's photo captions. */
  photos: z.array(chapterPhotoSchema).default([]),
  /** A draft chapter shows in the dev server only. */
  draft: z.boolean().default(false),
});

export type ChapterInput = z.input<typeof chapterSchema>;
export type ChapterData = z.output<typeof chapterSchema>;
export type Section = z.output<typeof sectionSchema>;
export type ChapterFigure = z.output<typeof chapterFigureSchema>;
export type ChapterPhoto = z.output<typeof chapterPhotoSchema>;
