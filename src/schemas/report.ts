import { z } from 'astro/zod';
import { isoDateSchema, slugSchema, text, yearSchema } from './common.ts';

/** content/<year>/report.json: the report's identity and the order of its chapters. */
export const reportSchema = z.strictObject({
  /** The report year; must equal the folder name. */
  year: yearSchema,
  /** The title as printed on the cover, e.g. "2017 降碳报告". */
  title: text('title'),
  /** The publishing organisation, e.g. 中国铝业集团有限公司. */
  organisation: text('name'),
  /** The period the report covers. */
  period: z.strictObject({
    /** First day covered, YYYY-MM-DD. */
    start: isoDateSchema,
    /** Last day covered, YYYY-MM-DD. */
    end: isoDateSchema,
  }),
  /** The publication date, YYYY-MM-DD, where the report states it. */
  published: isoDateSchema.optional(),
  /** Chapter ids in the published order; each names a file chapters/NN-<id>.mdx. */
  chapters: z.array(slugSchema).min(1, { error: '应为按顺序列出的章节标识，实际一个也没有' }),
  /** A draft year shows in the dev server only. */
  draft: z.boolean().default(false),
});

export type ReportInput = z.input<typeof reportSchema>;
export type Report = z.output<typeof reportSchema>;
