/**
 * The geometry of a sparkline, drawn at build time as SVG: a line (or columns from a zero line) over
 * evenly spaced years. Pure maths; the component only writes what this returns.
 */
import type { ChartKind } from './spec.ts';

/** The drawing box, in SVG user units; `pad` keeps strokes and dots inside it. */
export interface SparkBox {
  width: number;
  height: number;
  pad: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Column {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Sparkline {
  /** One path (`M … L …`) per run of two or more consecutive values; a null breaks the line. */
  paths: string[];
  /** Every drawn value's point, in order (a value alone between gaps is seen only as its dot). */
  points: Point[];
  /** For columns: one per value, from the zero line up or down. */
  columns: Column[];
  /** The y of zero when the drawn range includes it (columns always do), else undefined. */
  zero: number | undefined;
}

/** Coordinates to a tenth of a unit: sharp enough at any size, short in the page. */
const round = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
};

/** The x of each of `count` slots, evenly spaced; a single one in the middle. */
function xs(count: number, box: SparkBox, inset: number): number[] {
  const left = box.pad + inset;
  const span = box.width - 2 * left;
  if (count <= 1) return [round(box.width / 2)];
  return Array.from({ length: count }, (_, i) => round(left + (span * i) / (count - 1)));
}

/**
 * y for a value. The range is that of the values (columns add zero); a range of one value (a
 * constant series, a single point) draws at mid-height, or at the bottom when that value is zero
 * and columns grow from it.
 */
function yScale(values: readonly number[], box: SparkBox, withZero: boolean) {
  const low = Math.min(...values, ...(withZero ? [0] : []));
  const high = Math.max(...values, ...(withZero ? [0] : []));
  const top = box.pad;
  const bottom = box.height - box.pad;
  if (high === low) {
    const flat = withZero && low === 0 ? bottom : (top + bottom) / 2;
    return { y: () => round(flat), zero: low === 0 ? round(flat) : undefined };
  }
  const y = (v: number) => round(bottom - ((v - low) / (high - low)) * (bottom - top));
  return { y, zero: low <= 0 && high >= 0 ? y(0) : undefined };
}

/**
 * A sparkline of `values` (null: not reported or not comparable, a gap). `kind` follows the chart
 * plan: columns for changes and few amounts, a line (or dots) otherwise.
 */
export function sparkline(
  values: readonly (number | null)[],
  box: SparkBox,
  kind: ChartKind = 'line',
): Sparkline {
  const drawn = values.filter((v): v is number => v !== null);
  if (drawn.length === 0) return { paths: [], points: [], columns: [], zero: undefined };
  const columns = kind === 'column';
  const slot = (box.width - 2 * box.pad) / Math.max(values.length, 1);
  const columnWidth = round(Math.max(1, slot * 0.6));
  const x = xs(values.length, box, columns ? columnWidth / 2 : 0);
  const { y, zero } = yScale(drawn, box, columns);

  const points: Point[] = [];
  const paths: string[] = [];
  let run: Point[] = [];
  const close = () => {
    if (run.length >= 2)
      paths.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '));
    run = [];
  };
  values.forEach((value, i) => {
    if (value === null) return close();
    const point = { x: x[i]!, y: y(value) };
    points.push(point);
    run.push(point);
  });
  close();

  if (!columns) return { paths: kind === 'dots' ? [] : paths, points, columns: [], zero };
  const base = zero ?? box.height - box.pad;
  const bars = values.flatMap((value, i): Column[] => {
    if (value === null) return [];
    const top = y(value);
    return [
      {
        x: round(x[i]! - columnWidth / 2),
        y: Math.min(top, base),
        // A zero value still shows as a hairline on the zero line.
        width: columnWidth,
        height: Math.max(round(Math.abs(base - top)), 0.5),
      },
    ];
  });
  return { paths: [], points, columns: bars, zero: base };
}
