import { z } from 'astro/zod';

/** An ASCII kebab-case identifier, stable across years (it appears in URLs and cross-references). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `expected an id of lowercase ASCII letters, digits and hyphens (like "green-office"), found ${JSON.stringify(issue.input)}`,
});

/** Chinese text as printed: non-empty, without leading or trailing whitespace. */
export const textSchema = z
  .string()
  .trim()
  .min(1, { error: 'expected text, found an empty string' });

/** The id of one of the year's pillars (理念/生产/管理/科技/生活降碳), as listed in pillars.json. */
export const pillarRefSchema = slugSchema;

/** A list of pillar ids; at least one. */
export const pillarRefsSchema = z.array(pillarRefSchema).min(1, {
  error: 'expected at least one pillar id (concept, production, management, technology, living)',
});

/** A calendar year such as 2017. */
export const yearSchema = z
  .number({
    error: (issue) =>
      `expected a year written as a number (like 2017), found ${JSON.stringify(issue.input)}`,
  })
  .int()
  .min(2000)
  .max(2100);

/** A date written as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({
  error: (issue) =>
    `expected a date written as YYYY-MM-DD (like "2018-06-13"), found ${JSON.stringify(issue.input)}`,
});
