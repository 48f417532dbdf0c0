/**
 * A chart drawn by the chart worker (chart-worker.ts) on a canvas handed over to it. The page keeps
 * only what a worker cannot do: it reads the colours and the type from the page's CSS, watches the
 * frame's size and passes on where the reader points.
 */
import type { ChartSize, FromWorker, ToWorker } from './chart-messages.ts';
import { chartFontFamily, readPalette } from './chart-palette.ts';
import type { ChartSpec } from '../../data/charts/spec.ts';

let worker: Worker | undefined;
let lastId = 0;
const onPainted = new Map<number, () => void>();

function chartWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    onPainted.get(data.id)?.();
    onPainted.delete(data.id);
  });
  return worker;
}

const send = (message: ToWorker, transfer: Transferable[] = []) =>
  chartWorker().postMessage(message, transfer);

export class WorkerChart {
  readonly id = ++lastId;
  /** Settles when the chart has painted its first frame, or was destroyed before. */
  readonly painted: Promise<void>;
  #resizes: ResizeObserver;
  #abort = new AbortController();

  constructor(element: HTMLElement, canvas: HTMLCanvasElement, spec: ChartSpec) {
    this.painted = new Promise((resolve) => onPainted.set(this.id, resolve));
    const frame = canvas.parentElement!;
    Object.assign(canvas.style, { display: 'block', width: '100%', height: '100%' });
    const palette = readPalette(element);
    const fontFamily = chartFontFamily(element);
    let drawn = false;
    // The first size comes from the layout the browser does anyway, not from one forced here.
    this.#resizes = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const size: ChartSize = {
        width: Math.round(entry.contentRect.width),
        height: Math.round(entry.contentRect.height),
      };
      if (size.width === 0 || size.height === 0) return;
      if (drawn) return send({ type: 'resize', id: this.id, ...size });
      drawn = true;
      const offscreen = canvas.transferControlToOffscreen();
      send(
        {
          type: 'draw',
          id: this.id,
          canvas: offscreen,
          spec,
          palette,
          fontFamily,
          pixelRatio: devicePixelRatio,
          ...size,
        },
        [offscreen],
      );
    });
    this.#resizes.observe(frame);
    const signal = this.#abort.signal;
    let pending: { x: number; y: number } | null | undefined;
    const point = (at: { x: number; y: number } | null) => {
      // One message a frame however fast the pointer moves.
      if (pending === undefined)
        requestAnimationFrame(() => {
          send({ type: 'point', id: this.id, at: pending ?? null });
          pending = undefined;
        });
      pending = at;
    };
    canvas.addEventListener('pointermove', (e) => point({ x: e.offsetX, y: e.offsetY }), {
      signal,
    });
    canvas.addEventListener('pointerdown', (e) => point({ x: e.offsetX, y: e.offsetY }), {
      signal,
    });
    // A finger lifted leaves the canvas too: its tooltip stays, as Chart.js keeps it after a tap.
    canvas.addEventListener('pointerleave', (e) => e.pointerType !== 'touch' && point(null), {
      signal,
    });
  }

  destroy() {
    this.#resizes.disconnect();
    this.#abort.abort();
    send({ type: 'destroy', id: this.id });
    onPainted.get(this.id)?.();
    onPainted.delete(this.id);
  }
}
