import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import {
  chartFontFamily,
  chartOptions,
  readPalette,
  readPrintPalette,
  type ChartPalette,
} from './chart-theme.ts';
import type { ChartSpec } from './chart-spec.ts';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
);

/**
 * Sizes of a chart on an A4 page (CSS px; the text width is 174 mm ≈ 657 px), set explicitly since a
 * canvas does not resize for print. print.css gives the frames the same sizes.
 */
const PRINT_SIZES = { full: { width: 600, height: 240 }, half: { width: 270, height: 150 } };
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * <trend-chart>: draws the line chart described by its JSON child when it nears the viewport, and
 * offers a 图表/表格 switch. The table is in the page from the start; without JavaScript it is all
 * there is.
 */
export class TrendChart extends HTMLElement {
  #chart: Chart<'line'> | undefined;

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

  /** Draws the chart once, in the colours in force; later calls do nothing. */
  draw(
    animate = !reducedMotion(),
    palette: ChartPalette = readPalette(this),
  ): Chart<'line'> | undefined {
    if (this.#chart) return this.#chart;
    const canvas = this.querySelector('canvas');
    const spec = JSON.parse(
      this.querySelector('script[type="application/json"]')?.textContent ?? 'null',
    ) as ChartSpec | null;
    if (!canvas || !spec) return undefined;
    const colours = palette.series;
    this.#chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.series.map((series, i) => ({
          label: series.label,
          data: series.values,
          borderColor: colours[i],
          backgroundColor: colours[i],
          borderWidth: 2.5,
          pointRadius: 4,
          pointHoverRadius: 6,
          spanGaps: false,
        })),
      },
      options: chartOptions(spec, { animate, fontFamily: chartFontFamily(this), palette }),
    });
    this.dataset['drawn'] = 'true';
    return this.#chart;
  }

  /**
   * For printing: drawn afresh, without animation, at a fixed size that fits the page. A chart drawn
   * earlier is replaced rather than resized: stopping its animation midway left Chart.js drawing
   * nothing, and the PDF renderer may have swapped the fonts since.
   */
  preparePrint() {
    this.#chart?.destroy();
    this.#chart = undefined;
    const chart = this.draw(false, readPrintPalette(this));
    if (!chart) return;
    const { width, height } = PRINT_SIZES[this.dataset['print'] === 'half' ? 'half' : 'full'];
    chart.resize(width, height);
  }

  /** Draws a chart already drawn afresh in the screen's colours: after printing, or when the scheme changes. */
  redraw() {
    if (!this.#chart) return;
    this.#chart.destroy();
    this.#chart = undefined;
    this.draw(false);
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
addEventListener('beforeprint', () => charts().forEach((chart) => chart.preparePrint()));
addEventListener('afterprint', () => charts().forEach((chart) => chart.redraw()));
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () =>
  charts().forEach((chart) => chart.redraw()),
);

customElements.define('trend-chart', TrendChart);
