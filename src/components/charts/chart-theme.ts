import type { ChartOptions } from 'chart.js';
import { formatNumber } from '../../data/format.ts';
import type { ChartSpec } from './chart-spec.ts';

/** Line colours after the page's accent: the report's fruit, root and flower tones. */
const SECONDARY_COLOURS = ['#94500a', '#6b4a2b', '#9a3b60', '#2f6e26'];

export function seriesColours(element: Element, count: number): string[] {
  const accent = getComputedStyle(element).getPropertyValue('--accent').trim() || '#1f6f45';
  return [accent, ...SECONDARY_COLOURS].slice(0, count);
}

/** The site's text face (--font-sans), which the PDF renderer swaps for its embedded one. */
export function chartFontFamily(element: Element): string {
  return getComputedStyle(element).getPropertyValue('--font-sans').trim() || 'sans-serif';
}

/** Chart.js options in the site's type and colours, values formatted for zh-CN with their unit. */
export function chartOptions(
  spec: ChartSpec,
  { animate, fontFamily }: { animate: boolean; fontFamily: string },
): ChartOptions<'line'> {
  const withUnit = (value: number) =>
    `${formatNumber(value)}${spec.unit === '%' ? '%' : ` ${spec.unit}`}`;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? { duration: 500 } : false,
    font: { family: fontFamily, size: 13 },
    layout: { padding: { top: 8, right: 12 } },
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: {
        display: spec.series.length > 1,
        position: 'bottom',
        labels: { font: { family: fontFamily }, boxWidth: 12 },
      },
      tooltip: {
        titleFont: { family: fontFamily },
        bodyFont: { family: fontFamily },
        callbacks: {
          title: (items) => `${items[0]?.label ?? ''} 年`,
          label: (item) => {
            const name = spec.series.length > 1 ? `${item.dataset.label}：` : '';
            return `${name}${withUnit(item.parsed.y ?? 0)}`;
          },
          ...(spec.basis ? { footer: () => `口径：${spec.basis}` } : {}),
        },
      },
    },
    scales: {
      x: { grid: { display: false }, ticks: { font: { family: fontFamily } } },
      y: {
        grace: '10%',
        ticks: {
          font: { family: fontFamily },
          callback: (value) => `${formatNumber(Number(value))}${spec.unit === '%' ? '%' : ''}`,
          maxTicksLimit: 5,
        },
        title: {
          display: spec.unit !== '%' && spec.unit !== '',
          text: spec.unit,
          font: { family: fontFamily },
        },
        grid: { color: '#e6e3d6' },
      },
    },
  };
}
