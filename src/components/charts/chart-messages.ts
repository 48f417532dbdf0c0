/** What the page and the chart worker (chart-worker.ts) tell each other about a chart. */
import type { ChartPalette } from './chart-palette.ts';
import type { ChartSpec } from '../../data/charts/spec.ts';

/** A chart's size on the page, in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

export type ToWorker =
  | ({
      type: 'draw';
      id: number;
      canvas: OffscreenCanvas;
      spec: ChartSpec;
      palette: ChartPalette;
      fontFamily: string;
      pixelRatio: number;
    } & ChartSize)
  | ({ type: 'resize'; id: number } & ChartSize)
  /** Where the reader points, in CSS pixels from the canvas's corner; null once they left it. */
  | { type: 'point'; id: number; at: { x: number; y: number } | null }
  | { type: 'destroy'; id: number };

/** The chart has painted its first frame. */
export type FromWorker = { type: 'painted'; id: number };
