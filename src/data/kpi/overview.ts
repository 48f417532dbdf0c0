/**
 * A row of the KPI overview: the latest value with its unit, the change against the year before
 * where it means something, and a sparkline with its description in words.
 */
import type { ChartKind } from '../charts/spec.ts';
import { NOT_REPORTED } from '../../schemas/constants.ts';
import type { Kpi } from '../../schemas/kpi.ts';
import { chartKind, constantSummary, isChange } from '../charts/plan.ts';
import { formatWithUnit } from '../text/format.ts';
import { yearOnYear, type YearOnYear } from './change.ts';
import { kpiSeries, measureOf } from './series.ts';

/** Decimal places of a printed cell that keeps trailing zeros ("27.0", "-24.20", "14.45%"). */
export function printedDecimals(printed: string | undefined): number | undefined {
  const match = /^[+-]?\d+(?:\.(\d+))?%?$/.exec(printed ?? '');
  return match ? (match[1]?.length ?? 0) : undefined;
}

/**
 * A year's value with its unit, as the charts write it: grouped when large, a change with its
 * sign, the decimals the report prints; "未披露" where it prints "-"; undefined where there is none.
 */
export function valueWithUnit(kpi: Kpi, year: number): string | undefined {
  const value = kpi.values[String(year)];
  if (value === undefined) return undefined;
  if (value === NOT_REPORTED) return '未披露';
  const measure = measureOf(kpi, year);
  return formatWithUnit(value, kpi.unit, {
    signed: measure !== 'unclear' && isChange(measure),
    decimals: printedDecimals(kpi.asPublished?.[String(year)]),
  });
}

export interface OverviewRow {
  /** The latest year's value with its unit ("1.9 亿元", "未披露"), if the row has one. */
  latest: string | undefined;
  /** The change against the year before, where meaningful. */
  change: YearOnYear | undefined;
  /** Why there is no change: the row itself is a change, or the values do not allow one. */
  noChange: string | undefined;
  spark: { values: (number | null)[]; kind: ChartKind; label: string };
}

export function overviewRow(kpi: Kpi, years: readonly number[], title: string): OverviewRow {
  const series = kpiSeries(kpi, years);
  const latestYear = years.at(-1)!;
  const measure = series.measure === 'unclear' ? 'amount' : series.measure;
  const values = series.points.map((p) => p.value);
  const labels = years.map(String);
  const constant = constantSummary(labels, values, kpi.unit) !== undefined;
  const change = series.measure === 'unclear' || isChange(measure) ? undefined : yearOnYear(series);
  const words = years.map((year, i) => {
    const text = valueWithUnit(kpi, year) ?? '无数值';
    const omitted = values[i] === null && kpi.values[String(year)] !== NOT_REPORTED;
    return `${year} 年 ${text}${omitted && text !== '无数值' ? '（不可比，未画出）' : ''}`;
  });
  return {
    latest: valueWithUnit(kpi, latestYear),
    change,
    noChange: change
      ? undefined
      : series.measure !== 'unclear' && isChange(measure)
        ? '本行数值即为变化率'
        : '无可比的上年数值',
    spark: {
      values,
      kind: chartKind(measure, years.length, constant),
      label: `${title}趋势：${words.join('，')}`,
    },
  };
}
