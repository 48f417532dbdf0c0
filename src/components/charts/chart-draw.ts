/**
 * The part of a chart that needs Chart.js on the page's own thread, loaded only when it is needed
 * (see trend-chart.ts): for paper, and where a canvas cannot be handed to a worker.
 */
import { Chart, type Plugin } from 'chart.js';
import { chartConfig, type DrawnChart } from './chart-config.ts';
import { chartFontFamily, readPalette, readPrintPalette } from './chart-palette.ts';
import type { ChartSpec } from '../../data/charts/spec.ts';
import { nextTask } from '../next-task.ts';

export type { DrawnChart };

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
  const config = chartConfig(spec, { animate, fontFamily: chartFontFamily(element), palette });
  if (stepwise) config.plugins = [stepByStep];
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
