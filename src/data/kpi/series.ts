import { NOT_REPORTED } from '../../schemas/constants.ts';
import type { Kpi, KpiMeasure } from '../../schemas/kpi.ts';

/** Plain words for what a value measures, for notes and tooltips. */
export const MEASURE_LABELS: Record<KpiMeasure, string> = {
  amount: '绝对量',
  rate: '比率',
  'change-yoy': '同比变化',
  'change-vs-2010': '较 2010 年的变化',
  unclear: '含义未说明的数值',
};

export interface SeriesPoint {
  year: number;
  /** The value drawn, or null for a gap (not reported, or not comparable). */
  value: number | null;
}

/** What a KPI row becomes in a chart: only values that measure the same thing share a line. */
export interface KpiSeries {
  id: string;
  name: string;
  unit: string;
  basis: string | undefined;
  /** What the drawn values measure. */
  measure: KpiMeasure;
  points: SeriesPoint[];
  /** Whether the row has enough comparable values (two or more) to draw a trend. */
  chartable: boolean;
  /** Why some values (or the whole row) are left out of the chart, in plain words. */
  omissions: string[];
  notes: string[];
}

/** The measure of one year's value. */
export function measureOf(kpi: Pick<Kpi, 'measure' | 'measureByYear'>, year: number): KpiMeasure {
  return kpi.measureByYear?.[String(year)] ?? kpi.measure;
}

/**
 * Turns a KPI row into a chart series. Values that do not measure what the row measures (a change
 * among absolute amounts, a value whose meaning is unclear) are left out with a reason; values not
 * reported are gaps, never zeros.
 */
export function kpiSeries(
  kpi: Kpi & { unitByYear?: Record<string, string> },
  years: readonly number[],
): KpiSeries {
  const omissions: string[] = [];
  const { measure } = kpi;
  const points = years.map((year): SeriesPoint => {
    const value = kpi.values[String(year)];
    if (value === undefined || value === NOT_REPORTED) return { year, value: null };
    const unit = kpi.unitByYear?.[String(year)];
    if (unit !== undefined && unit !== kpi.unit) {
      omissions.push(
        `${year} 年的数值（${kpi.asPublished?.[String(year)] ?? value} ${unit}）以“${unit}”发布，与其他年份的“${kpi.unit}”单位不同，未画入图中。`,
      );
      return { year, value: null };
    }
    const yearMeasure = measureOf(kpi, year);
    if (yearMeasure !== measure || yearMeasure === 'unclear') {
      omissions.push(
        `${year} 年的数值（${kpi.asPublished?.[String(year)] ?? value}）是${MEASURE_LABELS[yearMeasure]}，与其他年份的${MEASURE_LABELS[measure]}不可比，未画入图中。`,
      );
      return { year, value: null };
    }
    return { year, value };
  });
  const drawn = points.filter((p) => p.value !== null).length;
  const chartable = drawn >= 2 && measure !== 'unclear';
  if (!chartable)
    omissions.push(
      drawn < 2 ? '可比的数值不足两个，不绘制趋势图。' : '数值含义未说明，不绘制趋势图。',
    );
  const notReported = points.filter(
    (p, i) => p.value === null && kpi.values[String(years[i])] === NOT_REPORTED,
  );
  if (chartable && notReported.length > 0) {
    omissions.push(`${notReported.map((p) => p.year).join('、')} 年未披露，图中此处留空。`);
  }
  return {
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    basis: kpi.basis,
    measure,
    points,
    chartable,
    omissions,
    notes: kpi.notes,
  };
}
