import { z } from 'astro/zod';
import { oddCharacters, showValue } from '../data/content/problems.ts';

/*
 * Messages here are what an editor reads (in Chinese): what was found, what is expected. A message
 * that starts with "应为" is complete; src/pipeline/schema-messages.ts keeps it as it is.
 */

/**
 * A message for a value that was given; for a missing one, undefined lets zod report the field as
 * missing, which schema-messages.ts words as such.
 */
export const given =
  <T extends { input?: unknown }>(message: (issue: T) => string) =>
  (issue: T) =>
    issue.input === undefined ? undefined : message(issue);

/** An ASCII kebab-case identifier, stable across years (it appears in URLs and cross-references). */
export const slugSchema = z
  .string()
  .max(60, { error: '应为不超过 60 个字符的标识' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: given(
      (issue) =>
        `应为由小写英文字母、数字和连字符组成的标识（如 "green-office"），实际为 ${showValue(issue.input)}。${oddCharacters(issue.input)}`,
    ),
  });

/**
 * How long a text field may be: about five times the 2017 report's longest value of each kind, so
 * that a value beyond it is a paste gone wrong (a whole paragraph in a title), not a title.
 */
export const TEXT_LIMITS = {
  /** A title or heading: 2017's longest case title has 18 characters. */
  title: 100,
  /** A name, label or organisation: the longest (a figure's label) has 23. */
  name: 100,
  /** A photo caption or alternative text: the longest has 38. */
  caption: 200,
  /** A unit, a basis (口径), a column header or a figure as printed: the longest has 9. */
  unit: 40,
  /** A note, reason or description paragraph: the longest has 141. */
  paragraph: 1000,
} as const;

/** The message for a text longer than its field allows, with its length and its start. */
const tooLong = (max: number) => (issue: { input?: unknown }) =>
  `应为不超过 ${max} 个字的文字，实际有 ${typeof issue.input === 'string' ? issue.input.length : '更多'} 个字（开头是 ${showValue(typeof issue.input === 'string' ? `${issue.input.slice(0, 20)}…` : issue.input)}）。请只写报告印出的文字，删去多余的部分。`;

/** Chinese text as printed: non-empty, without leading or trailing whitespace, within a limit. */
export const text = (limit: keyof typeof TEXT_LIMITS) =>
  z
    .string()
    .trim()
    .min(1, { error: '应为文字，实际为空' })
    .max(TEXT_LIMITS[limit], { error: tooLong(TEXT_LIMITS[limit]) });

/** A unit as printed, empty where a number has none. */
export const unitText = z
  .string()
  .trim()
  .max(TEXT_LIMITS.unit, { error: tooLong(TEXT_LIMITS.unit) })
  .default('');

/** The id of one of the year's pillars (理念/生产/管理/科技/生活降碳), as listed in pillars.json. */
export const pillarRefSchema = slugSchema;

/** A list of pillar ids; at least one. */
export const pillarRefsSchema = z.array(pillarRefSchema).min(1, {
  error:
    '应为至少一个支柱的标识（concept、production、management、technology、living），实际一个也没有',
});

/** A calendar year such as 2017. */
export const yearSchema = z
  .number({
    error: given(
      (issue) =>
        `应为写成数字的年份（如 2017，不加引号），实际为 ${showValue(issue.input)}。${oddCharacters(issue.input)}`,
    ),
  })
  .int({ error: (issue) => `应为整数年份（如 2017），实际为 ${showValue(issue.input)}` })
  .min(2000, { error: (issue) => `应为 2000 到 2100 之间的年份，实际为 ${showValue(issue.input)}` })
  .max(2100, {
    error: (issue) => `应为 2000 到 2100 之间的年份，实际为 ${showValue(issue.input)}`,
  });

/** A date written as YYYY-MM-DD, and a day that exists (2017-02-30 does not). */
export const isoDateSchema = z.iso.date({
  error: given((issue) =>
    typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
      ? `应为存在的日期，实际为 ${showValue(issue.input)}：${dayThatDoesNotExist(issue.input)}`
      : `应为写成 YYYY-MM-DD 的日期（如 "2018-06-13"），实际为 ${showValue(issue.input)}。${oddCharacters(issue.input)}`,
  ),
});

/** Why a date in the YYYY-MM-DD form names no day: "2017 年 2 月只有 28 天". */
function dayThatDoesNotExist(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `没有 ${month} 月`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day < 1 ? `没有 ${day} 日` : `${year} 年 ${month} 月只有 ${days} 天`;
}
