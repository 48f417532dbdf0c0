import type { ChartSpec } from '../../data/charts/spec.ts';
import type { DrawnChart } from './chart-draw.ts';
import { nextTask } from '../next-task.ts';
import type { WorkerChart } from './worker-chart.ts';

type Renderer = typeof import('./chart-draw.ts');

/** Whether this browser can hand a canvas to a worker (Chromium 69+, Firefox 105+, Safari 17+). */
const canDrawInWorker = () =>
  typeof Worker !== 'undefined' && 'transferControlToOffscreen' in HTMLCanvasElement.prototype;
/** What hands a chart to the worker arrives, like the worker, with the first chart. */
let workerCharts: Promise<typeof import('./worker-chart.ts')> | undefined;
const loadWorkerCharts = () => (workerCharts ??= import('./worker-chart.ts'));

/**
 * Sizes of a chart on an A4 page (CSS px; the text width is 174 mm ≈ 657 px), set explicitly since a
 * canvas does not resize for print. print.css gives the frames the same sizes.
 */
const PRINT_SIZES = { full: { width: 600, height: 240 }, half: { width: 270, height: 150 } };
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Charts animate as the reader scrolls to them. One in view when the page opens is drawn at once:
 * its entrance tells nothing, and its 30 frames of drawing held a phone's main thread while the
 * page was becoming usable.
 */
let scrolled = false;
addEventListener('scroll', () => (scrolled = true), { once: true, passive: true });
const animates = () => scrolled && !reducedMotion();

let renderer: Renderer | undefined;
let loading: Promise<Renderer> | undefined;
/**
 * Chart.js on this thread, for paper and for browsers that cannot hand a canvas to a worker: it
 * arrives with the first print (Ctrl+P waits for it), or with the first chart that nears the
 * viewport in such a browser. <html data-charts-print-ready> says it is here: from then on a print
 * event draws every chart at once, at the page's size, in the light palette. (A print from the
 * browser's menu before that prints the charts as the worker drew them on screen, then they are
 * drawn again for paper.)
 */
const loadRenderer = () =>
  (loading ??= import('./chart-draw.ts').then((module) => {
    renderer = module;
    document.documentElement.setAttribute('data-charts-print-ready', '');
    return module;
  }));

const usedCanvases = new WeakSet<HTMLCanvasElement>();

/** Between beforeprint and afterprint: a renderer that arrives then draws for paper. */
let printing = false;

/**
 * <trend-chart>: draws the chart described by its JSON child when it nears the viewport, and
 * offers a 图表/表格 switch. The table is in the page from the start; without JavaScript it is all
 * there is.
 */
export class TrendChart extends HTMLElement {
  #chart: DrawnChart | WorkerChart | undefined;
  /** A chart for the worker is on its way (its module is loading). */
  #waiting = false;

  connectedCallback() {
    this.querySelector<HTMLElement>('.chart-switch')?.removeAttribute('hidden');
    for (const button of this.querySelectorAll<HTMLButtonElement>('.chart-switch button')) {
      button.addEventListener('click', () =>
        this.show(button.dataset['view'] === 'table' ? 'table' : 'chart'),
      );
    }
    this.show('chart', false);
    observer.observe(this);
  }

  disconnectedCallback() {
    observer.unobserve(this);
    this.#waiting = false;
    this.#chart?.destroy();
  }

  /** Shows the chart or the table; the table stays readable to screen readers either way. */
  show(view: 'chart' | 'table', draw = true) {
    this.dataset['view'] = view;
    for (const button of this.querySelectorAll<HTMLButtonElement>('.chart-switch button')) {
      button.setAttribute('aria-pressed', String(button.dataset['view'] === view));
    }
    if (view === 'chart' && draw) this.draw();
  }

  /**
   * Draws the chart once; later calls do nothing. On screen the chart worker draws it where the
   * browser can; elsewhere, and for print, Chart.js on this thread (loaded first if need be), whose
   * first drawing on screen is spread over a few short tasks. Returns a chart drawn here at once.
   */
  draw(animate = animates(), print = false, stepwise = !print): DrawnChart | undefined {
    if (this.#chart) return undefined;
    const spec = JSON.parse(
      this.querySelector('script[type="application/json"]')?.textContent ?? 'null',
    ) as ChartSpec | null;
    if (!spec) return undefined;
    const markDrawn = (chart: DrawnChart | WorkerChart) => {
      if (this.#chart === chart) this.dataset['drawn'] = 'true';
    };
    // On screen the chart is drawn by a worker, off the page's thread, where the browser can.
    if (!print && canDrawInWorker()) {
      if (this.#waiting) return undefined;
      this.#waiting = true;
      void loadWorkerCharts().then(({ WorkerChart }) => {
        // Printing began, or the chart was drawn afresh, in the meantime.
        if (!this.#waiting || this.#chart) return;
        this.#waiting = false;
        const canvas = this.#freshCanvas();
        if (!canvas) return;
        const chart = new WorkerChart(this, canvas, spec);
        this.#chart = chart;
        void chart.painted.then(() => markDrawn(chart));
      });
      return undefined;
    }
    if (!renderer) {
      // Charts waiting for Chart.js each draw in a task of their own, not all in the one it came in.
      void loadRenderer().then(async () => {
        if (printing) return this.preparePrint();
        await nextTask();
        this.draw();
      });
      return undefined;
    }
    const canvas = this.#freshCanvas();
    if (!canvas) return undefined;
    const { chart, painted } = renderer.drawChart(this, canvas, spec, { animate, print, stepwise });
    this.#chart = chart;
    if (painted) void painted.then(() => markDrawn(chart));
    else markDrawn(chart);
    return chart;
  }

  /**
   * The canvas to draw on: one drawn on before belongs to its old chart (a worker holds it, or
   * Chart.js's context on this thread), so a new chart gets a fresh copy of it.
   */
  #freshCanvas(): HTMLCanvasElement | null {
    const canvas = this.querySelector('canvas');
    if (!canvas || !usedCanvases.has(canvas)) {
      if (canvas) usedCanvases.add(canvas);
      return canvas;
    }
    const fresh = canvas.cloneNode(false) as HTMLCanvasElement;
    for (const attribute of ['style', 'width', 'height']) fresh.removeAttribute(attribute);
    canvas.replaceWith(fresh);
    usedCanvases.add(fresh);
    return fresh;
  }

  /**
   * For printing: drawn afresh, without animation, at a fixed size that fits the page. A chart drawn
   * earlier is replaced rather than resized: stopping its animation midway left Chart.js drawing
   * nothing, and the PDF renderer may have swapped the fonts since.
   */
  preparePrint() {
    if (!renderer) return;
    this.#waiting = false;
    this.#chart?.destroy();
    this.#chart = undefined;
    const chart = this.draw(false, true);
    if (!chart) return;
    const { width, height } = PRINT_SIZES[this.dataset['print'] === 'half' ? 'half' : 'full'];
    chart.resize(width, height);
  }

  /** Draws a chart already drawn afresh in the screen's colours: after printing, or when the scheme changes. */
  redraw() {
    if (!this.#chart) return;
    this.#chart.destroy();
    this.#chart = undefined;
    this.draw(false, false, false);
  }
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const element = entry.target as TrendChart;
      if (element.dataset['view'] === 'chart') element.draw();
      observer.unobserve(element);
    }
  },
  { rootMargin: '300px 0px' },
);

const charts = () => [...document.querySelectorAll<TrendChart>('trend-chart')];
const preparePrint = () => charts().forEach((chart) => chart.preparePrint());
addEventListener('beforeprint', () => {
  printing = true;
  if (renderer) preparePrint();
  else void loadRenderer().then(() => printing && preparePrint());
});
addEventListener('afterprint', () => {
  printing = false;
  charts().forEach((chart) => chart.redraw());
});
// Printing before any chart was near: Ctrl+P waits for Chart.js, then prints with every chart.
addEventListener('keydown', (event) => {
  if (renderer || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'p') return;
  event.preventDefault();
  void loadRenderer().then(() => print());
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () =>
  charts().forEach((chart) => chart.redraw()),
);

// A page opened as print (the PDF renderer) has Chart.js before the element is defined, so that
// waiting for the definition means the charts can draw in the print event.
if (matchMedia('print').matches)
  void loadRenderer().then(() => customElements.define('trend-chart', TrendChart));
else customElements.define('trend-chart', TrendChart);
