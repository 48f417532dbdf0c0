/**
 * The part of a chart that needs Chart.js, loaded only when a chart is first needed (see
 * trend-chart.ts): Chart.js tree-shaken to the controllers, elements and plugins drawn here.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import { chartFontFamily, chartOptions, readPalette, readPrintPalette } from './chart-theme.ts';
import type { ChartSpec } from '../../data/charts/spec.ts';
import { nextTask } from '../next-task.ts';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
);

export type DrawnChart = Chart<'line' | 'bar'>;

/** The datasets of a spec, styled for its kind: columns, a line with its points, or dots alone. */
function datasets(spec: ChartSpec, colours: string[]): ChartDataset<'line' | 'bar'>[] {
  return spec.series.map((series, i) => {
    const colour = colours[i % colours.length]!;
    const common = { label: series.label, data: series.values, backgroundColor: colour };
    if (spec.kind === 'column')
      return { ...common, borderRadius: 2, maxBarThickness: 44, categoryPercentage: 0.7 };
    return {
      ...common,
      borderColor: colour,
      borderWidth: 2.5,
      showLine: spec.kind === 'line',
      pointRadius: spec.kind === 'dots' ? 5 : 4,
      pointHoverRadius: 6,
      spanGaps: false,
      // A point on the axis's top or bottom line is drawn whole.
      clip: false as const,
    };
  });
}

/**
 * Which of a chart's first steps may run. Chart.js sets a chart up, lays it out and paints it in
 * one call: on a phone that was one task of 100 ms or more while the page was becoming usable.
 * Held back by this plugin, the three steps run in tasks of their own (see drawChart).
 */
type Step = 'set-up' | 'lay-out' | 'paint';
const stepsHeld = new WeakMap<Chart, Step>();
/** A chart drawn step by step is being set up (in Chart.js's constructor) until told otherwise. */
const heldStep = (chart: Chart): Step => stepsHeld.get(chart) ?? 'set-up';
const stepByStep: Plugin<'line' | 'bar'> = {
  id: 'step-by-step',
  // Returning false cancels the hook's step: the layout until 'lay-out', the painting until 'paint'.
  beforeUpdate: (chart) => heldStep(chart) !== 'set-up',
  beforeRender: (chart) => heldStep(chart) === 'paint',
};

export interface Drawing {
  chart: DrawnChart;
  /**
   * Settles when the chart has painted its first frame, or was destroyed before; absent when
   * the chart was painted at once.
   */
  painted?: Promise<void>;
}

/**
 * Draws a spec on a canvas, in the palette of the screen or, for print, of paper. `stepwise`
 * spreads the first drawing over three tasks; without it (print, a redraw) it is done at once.
 */
export function drawChart(
  element: HTMLElement,
  canvas: HTMLCanvasElement,
  spec: ChartSpec,
  { animate, print, stepwise }: { animate: boolean; print: boolean; stepwise: boolean },
): Drawing {
  const palette = print ? readPrintPalette(element) : readPalette(element);
  const config = {
    type: spec.kind === 'column' ? 'bar' : 'line',
    data: { labels: spec.labels, datasets: datasets(spec, palette.series) },
    options: chartOptions(spec, { animate, fontFamily: chartFontFamily(element), palette }),
    plugins: stepwise ? [stepByStep] : [],
  } as ChartConfiguration<'line' | 'bar'>;
  if (!stepwise) return { chart: new Chart(canvas, config) };
  const chart = new Chart(canvas, config);
  return { chart, painted: takeSteps(chart) };
}

/** Lays the chart out, then paints it, each in a task of its own. */
async function takeSteps(chart: DrawnChart) {
  for (const step of ['lay-out', 'paint'] as const) {
    await nextTask();
    // Destroyed in between (the page left, printing began, the scheme changed): nothing to do.
    if (!chart.canvas) return;
    stepsHeld.set(chart, step);
    if (step === 'lay-out') chart.update();
    else chart.render();
  }
}
