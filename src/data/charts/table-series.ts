import type { ChartSpec } from './spec.ts';
import type { DataTable } from '../../schemas/data-table.ts';
import { KIND_NAMES, planChart } from './plan.ts';

/**
 * A text table's caption, and its chart where all rows share one unit and there are two columns or
 * more. Text tables hold levels by year: a percentage is a rate, anything else an amount.
 */
export function dataTableChart(
  table: DataTable,
  note?: string,
): {
  caption: string;
  chart: { label: string; spec: ChartSpec; summary: string | undefined } | undefined;
} {
  const caption =
    table.title ?? table.rows.map((r) => (r.unit ? `${r.label}（${r.unit}）` : r.label)).join('、');
  const units = new Set(table.rows.map((r) => r.unit));
  if (units.size !== 1 || table.columns.length < 2) return { caption, chart: undefined };
  const unit = table.rows[0]?.unit ?? '';
  const { spec, summary } = planChart({
    measure: unit === '%' ? 'rate' : 'amount',
    labels: table.columns,
    unit,
    note,
    series: table.rows.map((r) => ({
      label: r.label,
      values: r.values,
      ...(r.decimals === undefined ? {} : { decimals: r.decimals }),
    })),
  });
  return {
    caption,
    chart: {
      label: `${KIND_NAMES[spec.kind]}：${caption}，${table.columns[0]}–${table.columns.at(-1)} 年${unit ? `，单位：${unit}` : ''}`,
      spec,
      summary,
    },
  };
}
