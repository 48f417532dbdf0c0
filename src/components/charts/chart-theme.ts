import type { ChartOptions } from 'chart.js';
import { formatTick, formatWithUnit } from '../../data/text/format.ts';
import type { ChartSpec } from '../../data/charts/spec.ts';
import type { ChartPalette } from './chart-palette.ts';

/**
 * Chart.js options in the site's type and colours. The axis and the formats come decided in the
 * spec (src/data/charts/plan.ts): this only turns them into Chart.js terms.
 */
export function chartOptions(
  spec: ChartSpec,
  { animate, fontFamily, palette }: { animate: boolean; fontFamily: string; palette: ChartPalette },
): ChartOptions<'line' | 'bar'> {
  const { axis, unit, signed } = spec;
  const footer = [
    ...(spec.basis ? [`口径：${spec.basis}`] : []),
    ...(spec.note ? [`注：${spec.note}`] : []),
  ];
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? { duration: 500 } : false,
    color: palette.text,
    font: { family: fontFamily, size: 13 },
    layout: { padding: { top: 8, right: 12 } },
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: {
        display: spec.series.length > 1,
        position: 'bottom',
        labels: { font: { family: fontFamily }, boxWidth: 12, color: palette.text },
      },
      tooltip: {
        backgroundColor: palette.tooltipBackground,
        titleColor: palette.tooltipText,
        bodyColor: palette.tooltipText,
        footerColor: palette.tooltipText,
        titleFont: { family: fontFamily },
        bodyFont: { family: fontFamily },
        footerFont: { family: fontFamily, weight: 'normal' },
        callbacks: {
          title: (items) => `${items[0]?.label ?? ''} 年`,
          label: (item) => {
            const name = spec.series.length > 1 ? `${item.dataset.label}：` : '';
            const { decimals } = spec.series[item.datasetIndex] ?? {};
            return `${name}${formatWithUnit(item.parsed.y ?? 0, unit, { signed, decimals })}`;
          },
          footer: () => footer,
        },
      },
    },
    scales: {
      x: {
        grid: { display: false },
        border: { color: palette.grid },
        ticks: { font: { family: fontFamily }, color: palette.text },
      },
      y: {
        min: axis.min,
        max: axis.max,
        border: { display: false },
        ticks: {
          stepSize: axis.step,
          font: { family: fontFamily },
          color: palette.text,
          callback: (value) => formatTick(Number(value), axis, unit),
        },
        title: {
          display: unit !== '%' && unit !== '',
          text: unit,
          font: { family: fontFamily },
          color: palette.text,
        },
        // The zero line is drawn in the text colour: changes stand on it, above or below.
        grid: {
          color: (context) => (context.tick.value === 0 ? palette.text : palette.grid),
        },
      },
    },
  };
}
