import type { ChartSpec } from '../components/charts/chart-spec.ts';
import type { DataTable } from '../schemas/data-table.ts';

/** A text table's caption, and its chart where all rows share one unit and there are two columns or more. */
export function dataTableChart(table: DataTable): {
  caption: string;
  chart: { label: string; spec: ChartSpec } | undefined;
} {
  const caption =
    table.title ?? table.rows.map((r) => (r.unit ? `${r.label}（${r.unit}）` : r.label)).join('、');
  const units = new Set(table.rows.map((r) => r.unit));
  if (units.size !== 1 || table.columns.length < 2) return { caption, chart: undefined };
  const unit = table.rows[0]?.unit ?? '';
  return {
    caption,
    chart: {
      label: `折线图：${caption}，${table.columns[0]}–${table.columns.at(-1)} 年${unit ? `，单位：${unit}` : ''}`,
      spec: {
        labels: table.columns,
        unit,
        series: table.rows.map((r) => ({ label: r.label, values: r.values })),
      },
    },
  };
}
