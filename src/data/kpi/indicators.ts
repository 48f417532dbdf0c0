/**
 * Every indicator of a report year, as its own page shows it: the row joined with the earlier
 * reports' (chart and notes), its records year by year (table, downloads), its group and title.
 */
import type { Kpi, KpiGroup } from '../../schemas/kpi.ts';
import { kpiHistory, type HistoryRow, type ReportKpis } from './history.ts';
import { kpiRecords, type YearRecord } from './records.ts';
import { kpiTitles } from './pages.ts';
import type { ReportYear } from '../content/report-year.ts';

export interface Indicator {
  id: string;
  /** The page's title: the name, told apart where the table prints a name twice. */
  title: string;
  group: Pick<KpiGroup, 'id' | 'name'>;
  /** The row as this year's report prints it. */
  own: Kpi;
  /** The row joined with the earlier reports' by id: every year, every note. */
  row: HistoryRow;
  /** Every data year the reports up to this one hold. */
  years: number[];
  records: YearRecord[];
}

/** The KPI tables of the reports up to this year. */
export const reportsUpTo = (
  year: number,
  sites: readonly Pick<ReportYear, 'year' | 'kpis'>[],
): ReportKpis[] =>
  sites
    .filter((other) => other.year <= year)
    .map((other) => ({
      year: other.year,
      file: `content/${other.year}/kpis.json`,
      kpis: other.kpis,
    }));

export function indicators(
  site: Pick<ReportYear, 'year' | 'kpis'>,
  sites: readonly Pick<ReportYear, 'year' | 'kpis'>[],
): Indicator[] {
  const reports = reportsUpTo(site.year, sites);
  const history = kpiHistory(reports);
  const titles = kpiTitles(site.kpis);
  return site.kpis.groups.flatMap((group) =>
    group.rows.map((own) => ({
      id: own.id,
      title: titles.get(own.id) ?? own.name,
      group: { id: group.id, name: group.name },
      own,
      row: history.rows.get(own.id) ?? own,
      years: history.years,
      records: kpiRecords(reports, own.id),
    })),
  );
}
