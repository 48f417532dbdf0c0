/**
 * How a chart shows its values: a line for a level over many years, columns for amounts over a
 * few years and for every change (around a zero line), dots for a series that never varies.
 */
export type ChartKind = 'line' | 'column' | 'dots';

/** The value axis, decided at build time (src/data/charts/plan.ts); the browser only draws it. */
export interface ChartAxis {
  min: number;
  max: number;
  /** Distance between ticks; whole numbers for counts. */
  step: number;
  /** Ticks are divided by this and followed by its word (万, 亿): 1 where numbers are grouped. */
  scale: 1 | 10_000 | 100_000_000;
}

/** What the build hands to a chart in the page: everything needed to draw it, nothing else. */
export interface ChartSpec {
  kind: ChartKind;
  /** Category labels of the x axis (years). */
  labels: string[];
  /** The unit of every value, for axis and tooltips. */
  unit: string;
  /** Whether values are changes, shown with their sign (+12.2%). */
  signed: boolean;
  axis: ChartAxis;
  /** 口径, shown in tooltips. */
  basis?: string;
  /** A short note for tooltips, e.g. that the 编者注 below applies. */
  note?: string;
  /** One series per row; null is a gap. `decimals` keeps the digits the table prints (30.0). */
  series: { label: string; values: (number | null)[]; decimals?: number }[];
}
