import type { ChartOptions } from 'chart.js';
import { formatNumber } from '../../data/format.ts';
import type { ChartSpec } from './chart-spec.ts';

/** Line colours after the page's accent: the report's fruit, root and flower tones. */
const SECONDARY_COLOURS = ['#94500a', '#6b4a2b', '#9a3b60', '#2f6e26'];

const FONT_FAMILY =
  "'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

export function seriesColours(element: Element, count: number): string[] {
  const accent = getComputedStyle(element).getPropertyValue('--accent').trim() || '#1f6f45';
  return [accent, ...SECONDARY_COLOURS].slice(0, count);
}

/** Chart.js options in the site's type and colours, values formatted for zh-CN with their unit. */
export function chartOptions(spec: ChartSpec, animate: boolean): ChartOptions<'line'> {
  const withUnit = (value: number) =>
    `${formatNumber(value)}${spec.unit === '%' ? '%' : ` ${spec.unit}`}`;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: animate ? { duration: 500 } : false,
    font: { family: FONT_FAMILY, size: 13 },
    layout: { padding: { top: 8, right: 12 } },
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: {
        display: spec.series.length > 1,
        position: 'bottom',
        labels: { font: { family: FONT_FAMILY }, boxWidth: 12 },
      },
      tooltip: {
        titleFont: { family: FONT_FAMILY },
        bodyFont: { family: FONT_FAMILY },
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
      x: { grid: { display: false }, ticks: { font: { family: FONT_FAMILY } } },
      y: {
        grace: '10%',
        ticks: {
          font: { family: FONT_FAMILY },
          callback: (value) => `${formatNumber(Number(value))}${spec.unit === '%' ? '%' : ''}`,
          maxTicksLimit: 5,
        },
        title: {
          display: spec.unit !== '%' && spec.unit !== '',
          text: spec.unit,
          font: { family: FONT_FAMILY },
        },
        grid: { color: '#e6e3d6' },
      },
    },
  };
}
