/**
 * A chart's Chart.js configuration, from its spec and the page's colours and type: no DOM, so that
 * the page (chart-draw.ts) and the chart worker (chart-worker.ts) build the same chart.
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
} from 'chart.js';
import type { ChartPalette } from './chart-palette.ts';
import { chartOptions } from './chart-theme.ts';
import type { ChartSpec } from '../../data/charts/spec.ts';

// Chart.js tree-shaken to the controllers, elements and plugins drawn here.
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

export function chartConfig(
  spec: ChartSpec,
  { animate, fontFamily, palette }: { animate: boolean; fontFamily: string; palette: ChartPalette },
): ChartConfiguration<'line' | 'bar'> {
  return {
    type: spec.kind === 'column' ? 'bar' : 'line',
    data: { labels: spec.labels, datasets: datasets(spec, palette.series) },
    options: chartOptions(spec, { animate, fontFamily, palette }),
    plugins: [],
  } as ChartConfiguration<'line' | 'bar'>;
}
