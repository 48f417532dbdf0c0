/** What the build hands to a chart in the page: everything needed to draw it, nothing else. */
export interface ChartSpec {
  /** Category labels of the x axis (years). */
  labels: string[];
  /** The unit of every value, for axis and tooltips. */
  unit: string;
  /** 口径, shown in tooltips. */
  basis?: string;
  /** One line per series; null is a gap. */
  series: { label: string; values: (number | null)[] }[];
}
