import type { ChartAxis, ChartKind, ChartSpec } from './spec.ts';
import type { KpiMeasure } from '../../schemas/kpi.ts';
import { formatWithUnit } from '../text/format.ts';

/** The measures a chart is drawn for (a row whose meaning is unclear gets none). */
export type ChartMeasure = Exclude<KpiMeasure, 'unclear'>;

/**
 * Up to this many years, an amount is drawn as columns: each is a year's total, compared by its
 * length from zero, and three or four points make a thin line that suggests a trend between them.
 * Beyond it, a line shows the trend better than a row of columns.
 */
export const MAX_YEARS_AS_COLUMNS = 5;

/** About this many intervals on the value axis: enough to read a value, few enough for a phone. */
const TARGET_INTERVALS = 4;

/** Units that count whole things: their axes tick in whole numbers. */
const COUNT_UNITS = new Set(['次', '人次', '人', '个', '项', '家', '件', '包', '台', '座']);

/** Whether the measure is a change (against the year before, or against 2010). */
export const isChange = (measure: ChartMeasure) =>
  measure === 'change-yoy' || measure === 'change-vs-2010';

/**
 * The kind of chart for a measure. Changes are columns around a zero line, never a line: a line
 * joining changes reads as a level. Rates are levels, drawn as a line. Amounts are columns over a
 * few years, a line over more. A series that never varies is dots, beside its summary in words.
 */
export function chartKind(measure: ChartMeasure, years: number, constant: boolean): ChartKind {
  if (constant) return 'dots';
  if (isChange(measure)) return 'column';
  if (measure === 'rate') return 'line';
  return years <= MAX_YEARS_AS_COLUMNS ? 'column' : 'line';
}

/** A round step (1, 2, 2.5 or 5 × 10ⁿ) of at least `rough`; whole numbers only when asked. */
export function niceStep(rough: number, whole: boolean): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 2.5, 5, 10]) {
    const step = Number((factor * power).toPrecision(12));
    if (step >= rough && (!whole || Number.isInteger(step))) return step;
  }
  return whole ? Math.max(1, Math.ceil(rough)) : 10 * power;
}

/** Whether values of this unit count whole things (次, 人次, 包). */
export const isCount = (unit: string) => COUNT_UNITS.has(unit);

/**
 * The value axis. It always includes zero: amounts and rates start there, so a count that is 0
 * every year gets 0–1 rather than −2…2, and changes sit around their zero line. Counts tick in
 * whole numbers. Ticks of six digits or more are written in 万 or 亿, unless the unit already
 * carries one (万吨): those are grouped (346,200).
 */
export function valueAxis(values: readonly number[], unit: string): ChartAxis {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const whole = isCount(unit);
  if (low === high) return { min: 0, max: 1, step: 1, scale: 1 };
  const step = niceStep((high - low) / TARGET_INTERVALS, whole);
  const round = (n: number) => Number(n.toPrecision(12));
  const min = round(Math.floor(round(low / step)) * step);
  const max = round(Math.ceil(round(high / step)) * step);
  const largest = Math.max(Math.abs(min), Math.abs(max));
  const scaled = !/^[万亿]/.test(unit) && unit !== '%';
  const scale =
    scaled && largest >= 100_000_000 ? 100_000_000 : scaled && largest >= 100_000 ? 10_000 : 1;
  return { min: min === 0 ? 0 : min, max, step, scale };
}

/**
 * A series that never varies, said in words: "2015–2017 年均为 0 次". Undefined where the values
 * vary, or where fewer than two are drawn.
 */
export function constantSummary(
  labels: readonly string[],
  values: readonly (number | null)[],
  unit: string,
  decimals?: number,
): string | undefined {
  const drawn = values.flatMap((value, i) =>
    value === null ? [] : [{ label: labels[i]!, i, value }],
  );
  const first = drawn[0];
  const last = drawn.at(-1);
  if (!first || !last || drawn.length < 2 || drawn.some((d) => d.value !== first.value))
    return undefined;
  const contiguous = last.i - first.i === drawn.length - 1;
  const years = contiguous ? `${first.label}–${last.label}` : drawn.map((d) => d.label).join('、');
  return `${years} 年均为 ${formatWithUnit(first.value, unit, { decimals })}`;
}

/** The accessible name's first word, after the kind of chart. */
export const KIND_NAMES: Record<ChartKind, string> = {
  line: '折线图',
  column: '柱形图',
  dots: '点图',
};

/** Everything a chart needs, from what it measures and its values. */
export function planChart(input: {
  measure: ChartMeasure;
  labels: string[];
  unit: string;
  basis?: string | undefined;
  note?: string | undefined;
  series: ChartSpec['series'];
}): { spec: ChartSpec; summary: string | undefined } {
  const { measure, labels, unit, basis, note, series } = input;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const summary =
    series.length === 1
      ? constantSummary(labels, series[0]!.values, unit, series[0]!.decimals)
      : undefined;
  const spec: ChartSpec = {
    kind: chartKind(measure, labels.length, summary !== undefined),
    labels,
    unit,
    signed: isChange(measure),
    axis: valueAxis(all, unit),
    ...(basis ? { basis } : {}),
    ...(note ? { note } : {}),
    series,
  };
  return { spec, summary };
}
