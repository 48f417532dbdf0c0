/**
 * Draws the page's charts off its main thread, on canvases handed over by worker-chart.ts, so that
 * Chart.js's start-up, layout and painting never hold up the reader. Pointer positions come in as
 * messages: the worker has no DOM events. (Typed with the DOM's globals, as the rest of src/: the
 * few used here, addEventListener and postMessage, have the same shape in a worker.)
 */
import type { ActiveElement, ChartEvent } from 'chart.js';
import { chartConfig, type DrawnChart } from './chart-config.ts';
import type { FromWorker, ToWorker } from './chart-messages.ts';
import { Chart } from 'chart.js';

/** After the frame being drawn reaches the page: a worker's canvas shows what a task drew when it ends. */
const afterFrame = (then: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(then) : setTimeout(then, 16);

const charts = new Map<number, DrawnChart>();
const tell = (message: FromWorker) => postMessage(message);

addEventListener('message', ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'draw') {
    const { id, canvas, spec, palette, fontFamily, pixelRatio, width, height } = data;
    const config = chartConfig(spec, { animate: false, fontFamily, palette });
    // Chart.js takes a worker's canvas as it is: its size is the chart's size in CSS pixels.
    canvas.width = width;
    canvas.height = height;
    config.options = { ...config.options, responsive: false, devicePixelRatio: pixelRatio };
    let told = false;
    config.plugins = [
      {
        id: 'painted',
        afterRender: () => {
          if (!told) afterFrame(() => tell({ type: 'painted', id }));
          told = true;
        },
      },
    ];
    // Chart.js draws on an OffscreenCanvas (its BasicPlatform); its types name only the page's canvas.
    charts.set(id, new Chart(canvas as unknown as HTMLCanvasElement, config));
  } else if (data.type === 'resize') {
    charts.get(data.id)?.resize(data.width, data.height);
  } else if (data.type === 'point') {
    const chart = charts.get(data.id);
    if (chart) point(chart, data.at);
  } else {
    charts.get(data.id)?.destroy();
    charts.delete(data.id);
  }
});

/** Shows the tooltip and highlights for where the reader points, as Chart.js does on the page. */
function point(chart: DrawnChart, at: { x: number; y: number } | null) {
  let active: ActiveElement[] = [];
  if (at) {
    const event = { type: 'mousemove', native: null, ...at } as ChartEvent;
    active = chart
      .getElementsAtEventForMode(event as unknown as Event, 'index', { intersect: false }, true)
      .map(({ datasetIndex, index, element }) => ({ datasetIndex, index, element }));
  }
  chart.setActiveElements(active);
  chart.tooltip?.setActiveElements(active, at ?? { x: 0, y: 0 });
  chart.update('none');
}
