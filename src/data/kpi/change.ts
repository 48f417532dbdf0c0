/**
 * The change of an indicator against the year before, where that means something: an amount
 * changes by a share of itself (−4.6%), a rate by percentage points (+1.4 个百分点). A row that is
 * itself a change (同比, 较 2010 年) has none: the change of a change reads as nonsense, and the
 * row already says how the year moved. Values not comparable (another measure) give none either.
 */
import type { KpiSeries } from './series.ts';
import { formatGrouped } from '../text/format.ts';

export interface YearOnYear {
  kind: 'percent' | 'points';
  /** The change: in % of the earlier value, or in the row's unit (percentage points for %). */
  value: number;
  from: number;
  to: number;
  /** As the overview prints it: "+12.6%", "-1.4 个百分点", "持平". */
  text: string;
}

/** Decimal places of a number as written (28.6 → 1). */
const decimalsOf = (n: number) => (String(n).split('.')[1] ?? '').length;

/** The change from the year before the latest year to the latest, if both are comparable values. */
export function yearOnYear(series: KpiSeries): YearOnYear | undefined {
  const last = series.points.at(-1);
  const before = series.points.at(-2);
  if (!last || !before || last.value === null || before.value === null) return undefined;
  if (before.year !== last.year - 1) return undefined;
  const { measure, unit } = series;
  const from = before.year;
  const to = last.year;
  if (measure === 'rate') {
    const digits = Math.max(decimalsOf(before.value), decimalsOf(last.value));
    const value = Number((last.value - before.value).toFixed(digits));
    const words = unit === '%' ? '个百分点' : unit;
    const text =
      value === 0 ? '持平' : `${formatGrouped(value, { signed: true })}${words ? ` ${words}` : ''}`;
    return { kind: 'points', value, from, to, text };
  }
  // A share of a value at or below zero says nothing (from 0, or across a sign).
  if (measure !== 'amount' || before.value <= 0 || last.value < 0) return undefined;
  const value = Number((((last.value - before.value) / before.value) * 100).toFixed(1));
  const text = value === 0 ? '持平' : `${formatGrouped(value, { signed: true, decimals: 1 })}%`;
  return { kind: 'percent', value, from, to, text };
}
