import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { CONTENT_KINDS, type CollectionName } from './schemas/content-kinds.ts';
import { contentLoader, problemsLoader } from './pipeline/astro-loader.ts';
import { showDrafts } from './data/load/build-mode.ts';

const problemSchema = z.object({
  file: z.string(),
  field: z.string(),
  line: z.number().optional(),
  message: z.string(),
  rule: z.string().optional(),
  severity: z.enum(['error', 'warning']).optional(),
});

/** One collection per kind of content (schemas/content-kinds.ts), filled by the one reader. */
const collection = <S extends z.ZodType>(name: CollectionName, kind: { schema: S }) =>
  defineCollection({ loader: contentLoader(name, showDrafts()), schema: kind.schema });

export const collections = {
  reports: collection('reports', CONTENT_KINDS.reports),
  chapters: collection('chapters', CONTENT_KINDS.chapters),
  cases: collection('cases', CONTENT_KINDS.cases),
  pillars: collection('pillars', CONTENT_KINDS.pillars),
  honours: collection('honours', CONTENT_KINDS.honours),
  kpis: collection('kpis', CONTENT_KINDS.kpis),
  tables: collection('tables', CONTENT_KINDS.tables),
  /** What stops the build, for the dev server to show on every page (always empty in a build). */
  problems: defineCollection({ loader: problemsLoader(showDrafts()), schema: problemSchema }),
};
