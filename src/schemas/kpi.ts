import { z } from 'astro/zod';
import { isoDateSchema, pillarRefsSchema, slugSchema, text, yearSchema, given } from './common.ts';

import { NOT_REPORTED } from './constants.ts';
import { oddCharacters, showValue } from '../data/content/problems.ts';

export { NOT_REPORTED };

/** One cell of the KPI table: a number, or "not-reported" where the report prints "-". */
export const kpiValueSchema = z.union([z.number(), z.literal(NOT_REPORTED)], {
  error: given(
    (issue) =>
      `应为不带单位和引号的数字（如 14.45），报告印作“-”处写 "${NOT_REPORTED}"，实际为 ${showValue(issue.input)}。${oddCharacters(issue.input)}`,
  ),
});

/** What a value measures; a trend only joins values of the same kind. */
export const kpiMeasureSchema = z.enum([
  /** An amount in the row's unit (万吨, 亿元, 人次, …). */
  'amount',
  /** A level expressed as a percentage (利用率, 比率). */
  'rate',
  /** A change against the previous year (口径 同比). */
  'change-yoy',
  /** A change against 2010 (口径 同比 2010 年). */
  'change-vs-2010',
  /** The report does not make clear what the value measures. */
  'unclear',
]);

const yearKeySchema = z.string().regex(/^\d{4}$/);

/** A record keyed by year ("2015": …), with an error that names the bad key. */
const byYear = <T extends z.ZodType>(value: T) =>
  z.record(yearKeySchema, value, {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? `应为四位数年份作键（如 "2017"），实际为 ${showValue(issue.key ?? issue.path?.at(-1))}。${oddCharacters(issue.key ?? issue.path?.at(-1))}`
        : undefined,
  });

/**
 * Values a row may hold beyond what its measure allows. An amount or a rate is never below zero,
 * and a rate in % is a share, never above 100; a change (change-yoy, change-vs-2010) may be either.
 */
export const kpiRangeSchema = z.enum([
  /** An amount or rate that can fall below zero, like a net balance. */
  'may-be-negative',
  /** A rate in % that is not a share of a whole and can exceed 100, like output against capacity. */
  'may-exceed-100',
  /** Both of the above. */
  'unbounded',
]);

/** One row of the 降碳绩效 table. */
export const kpiSchema = z.strictObject({
  /** Stable id; later years refer to the row by it. */
  id: slugSchema,
  /** 指标名称 as printed. */
  name: text('name'),
  /** 单位 as printed. */
  unit: text('unit'),
  /** 口径 as printed (同比, 同比 2010 年, 总部); omitted where the cell is empty. */
  basis: text('unit').optional(),
  /** The value of each year, keyed by year. */
  values: byYear(kpiValueSchema),
  /** What the values measure. */
  measure: kpiMeasureSchema,
  /** Years whose value measures something else than `measure`. */
  measureByYear: byYear(kpiMeasureSchema).optional(),
  /** Where the values may go beyond what `measure` allows (below zero, above 100 %); omit otherwise. */
  range: kpiRangeSchema.optional(),
  /** A cell's printed text where it differs from the plain number (e.g. "14.45%", "+12.2", "27.0"). */
  asPublished: byYear(text('unit')).optional(),
  /** Editorial notes shown beside the row: where the published figures are inconsistent, and how. */
  notes: z.array(text('paragraph')).default([]),
  /** The pillars the indicator serves. */
  pillars: pillarRefsSchema,
});

/** A group of the table (降碳管理, 降碳运营, 降碳生态). */
export const kpiGroupSchema = z.strictObject({
  /** Stable id of the group. */
  id: slugSchema,
  /** Group name as printed. */
  name: text('name'),
  /** The rows in the printed order. */
  rows: z.array(kpiSchema).min(1, { error: '应为至少一行指标，实际一行也没有' }),
});

/** A value of an earlier year that this report states differently from the earlier report. */
export const restatementSchema = z.strictObject({
  /** The id of the KPI row. */
  kpi: slugSchema,
  /** The data year whose value is restated. */
  year: yearSchema,
  /** Why the value changed, as the report explains it (shown beside the figure). */
  reason: text('paragraph'),
});

/**
 * A figure of this report corrected after it was published (an erratum): the row's value for that
 * year now holds `corrected`. A published year's figures change only this way (npm run seal checks
 * each change against the values the year was sealed with); the site shows the correction beside
 * the figure. A figure corrected twice has two entries, in order.
 */
export const correctionSchema = z.strictObject({
  /** The id of the KPI row. */
  kpi: slugSchema,
  /** The data year of the corrected value (one of `years`). */
  year: yearSchema,
  /** The value as published before this correction (a number, or "not-reported"). */
  published: kpiValueSchema,
  /** The corrected value: the row's `values` holds it. */
  corrected: kpiValueSchema,
  /** Why the figure was corrected (shown beside the figure). */
  reason: text('paragraph'),
  /** The day the correction was published, YYYY-MM-DD. */
  date: isoDateSchema,
});

/**
 * A KPI row whose unit this report changes from the unit of the earlier report (万吨 → 吨). Values
 * in different units are never compared or drawn on one line; the site shows the declaration.
 */
export const unitChangeSchema = z.strictObject({
  /** The id of the KPI row. */
  kpi: slugSchema,
  /** The unit the earlier report printed. */
  from: text('unit'),
  /** The unit this report prints (the row's `unit`). */
  to: text('unit'),
  /** Why the unit changed, as the report explains it (shown beside the figures). */
  reason: text('paragraph'),
});

/** content/<year>/kpis.json: the 降碳绩效 table of the report. */
export const kpiTableSchema = z.strictObject({
  /** The printed title of the table's chapter section. */
  title: text('title'),
  /** The year columns, in printed order. */
  years: z.array(yearSchema).min(1, { error: '应为至少一个年份列，实际一个也没有' }),
  /** The groups in printed order. */
  groups: z.array(kpiGroupSchema).min(1),
  /** Values of earlier years this report states differently from an earlier report, each with its reason. */
  restatements: z.array(restatementSchema).default([]),
  /** Figures of this report corrected after it was published, each with its reason and date. */
  corrections: z.array(correctionSchema).default([]),
  /** Rows whose unit changed since the earlier report, each with its reason. */
  unitChanges: z.array(unitChangeSchema).default([]),
});

export type KpiValue = z.output<typeof kpiValueSchema>;
export type KpiMeasure = z.output<typeof kpiMeasureSchema>;
export type KpiRange = z.output<typeof kpiRangeSchema>;
export type Kpi = z.output<typeof kpiSchema>;
export type KpiGroup = z.output<typeof kpiGroupSchema>;
export type KpiTable = z.output<typeof kpiTableSchema>;
export type Restatement = z.output<typeof restatementSchema>;
export type Correction = z.output<typeof correctionSchema>;
export type UnitChange = z.output<typeof unitChangeSchema>;
