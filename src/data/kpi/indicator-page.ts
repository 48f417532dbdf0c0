/**
 * What an indicator's own page shows (src/pages/[year]/kpis/[id]/index.astro): its chart and the
 * chart's name in words, the lede, and where each report prints the KPI table.
 */
import { t } from '../../i18n/ui.ts';
import { KIND_NAMES, planChart } from '../charts/plan.ts';
import type { ChartSpec } from '../charts/spec.ts';
import type { SitePaths } from '../site/addresses.ts';
import { summarise } from '../text/descriptions.ts';
import { formatKpiCell } from '../text/format.ts';
import type { Indicator } from './indicators.ts';
import { overviewRow, valueWithUnit } from './overview.ts';
import { kpiTableChapters } from './pages.ts';
import { MEASURE_LABELS, kpiSeries, type KpiSeries } from './series.ts';

/** A report year as far as an indicator's page reads it. */
export interface IndicatorReport {
  year: number;
  report: { title: string };
  kpis: { years: readonly number[] };
  chapters: readonly {
    slug: string;
    entry: { body?: string | undefined; data: { title: string } };
  }[];
}

export interface IndicatorPage {
  /** The lede: the latest year's value and its change ("2017 年：16.55 万吨，同比 -4.3%。"). */
  lede: string;
  /** The meta description. */
  description: string;
  /** What the row measures, in words. */
  measure: string;
  /** The row's values as a series: whether it can be charted, and what is left out and why. */
  series: KpiSeries;
  chart: { spec: ChartSpec; summary: string | undefined; label: string };
  /** Whether the records table names the report of each value: only when there is more than one. */
  showReport: boolean;
  /** Each report year's chapter that prints the KPI table. */
  reportLinks: Map<number, string>;
  /** The chapters of this year's report that print the KPI table, named with the report. */
  inThisReport: { href: string; text: string }[];
}

export function indicatorPageModel(
  site: IndicatorReport,
  sites: readonly IndicatorReport[],
  indicator: Pick<Indicator, 'row' | 'years' | 'records' | 'title'>,
  paths: SitePaths,
): IndicatorPage {
  const { row, years, records, title } = indicator;
  const series = kpiSeries(row, years);
  const { spec, summary } = planChart({
    measure: series.measure === 'unclear' ? 'amount' : series.measure,
    labels: years.map(String),
    unit: row.unit,
    basis: row.basis,
    note: row.notes.length > 0 ? t('kpis.noteBelow') : undefined,
    series: [{ label: row.name, values: series.points.map((p) => p.value) }],
  });
  const label = `${KIND_NAMES[spec.kind]}：${row.name}（${row.unit}），${years
    .map((year) => `${year} 年 ${formatKpiCell(row, year)}`)
    .join('，')}`;
  const latestYear = site.kpis.years.at(-1)!;
  const change = overviewRow(row, years, title).change;
  const lede = `${latestYear} 年：${valueWithUnit(row, latestYear) ?? '无数值'}${
    change ? `，${t('kpis.change')} ${change.text}` : ''
  }。`;
  return {
    lede,
    description: summarise(`${title}。${lede}`),
    measure: MEASURE_LABELS[row.measure],
    series,
    chart: { spec, summary, label },
    showReport: new Set(records.flatMap((r) => [r.report, r.first.report])).size > 1,
    reportLinks: new Map(
      sites.flatMap((other) => {
        const chapter = kpiTableChapters(other.chapters)[0];
        return chapter ? [[other.year, paths.chapter(other.year, chapter.slug)] as const] : [];
      }),
    ),
    inThisReport: kpiTableChapters(site.chapters).map((chapter) => ({
      href: paths.chapter(site.year, chapter.slug),
      text: `《${site.report.title}》“${chapter.entry.data.title}”`,
    })),
  };
}
