import { z } from 'astro/zod';
import { slugSchema, text, unitText } from './common.ts';

/** A row of a small data table printed in a chapter. */
export const dataTableRowSchema = z.strictObject({
  /** Row label as printed. */
  label: text('name'),
  /** Unit as printed. */
  unit: unitText,
  /** One number per column, in column order. */
  values: z.array(z.number()),
  /** Digits after the decimal point as printed, where the print keeps trailing zeros. */
  decimals: z.number().int().min(0).max(6).optional(),
});

/** A table or series printed in a chapter's text, placed with <DataTable id="…" />. */
export const dataTableSchema = z.strictObject({
  /** Stable id, e.g. water-use. */
  id: slugSchema,
  /** The chapter it stands in. */
  chapter: slugSchema,
  /** The heading it stands under. */
  section: text('title'),
  /** The printed title; null where the report prints none. */
  title: text('title').nullable(),
  /** The printed heading of the label column (e.g. 年度), where the report prints one. */
  labelHeader: text('unit').optional(),
  /** Column headings (usually years). */
  columns: z.array(text('unit')).min(1),
  /** The rows. */
  rows: z.array(dataTableRowSchema).min(1),
  /** Editorial notes shown under the table: where its figures disagree with the text, and how. */
  notes: z.array(text('paragraph')).default([]),
});

/** content/<year>/tables.json. */
export const dataTablesFileSchema = z.strictObject({
  tables: z.array(dataTableSchema),
});

export type DataTable = z.output<typeof dataTableSchema>;
