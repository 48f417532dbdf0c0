/**
 * What the KPI overview of a year shows (src/pages/[year]/kpis/index.astro): each group of the
 * year's table with its indicators, over every data year of the reports up to this one.
 */
import type { KpiGroup } from '../../schemas/kpi.ts';
import type { ReportYear } from '../content/report-year.ts';
import { summarise } from '../text/descriptions.ts';
import { t } from '../../i18n/ui.ts';
import { indicators, type Indicator } from './indicators.ts';

export interface OverviewPage {
  description: string;
  /** The data years of the overview's columns. */
  years: number[];
  groups: { group: KpiGroup; indicators: Indicator[] }[];
}

export function overviewPageModel(
  site: Pick<ReportYear, 'year' | 'kpis'>,
  sites: readonly Pick<ReportYear, 'year' | 'kpis'>[],
): OverviewPage {
  const all = indicators(site, sites);
  return {
    description: summarise(t('kpis.intro')),
    years: all[0]?.years ?? site.kpis.years,
    groups: site.kpis.groups.map((group) => ({
      group,
      indicators: all.filter((indicator) => indicator.group.id === group.id),
    })),
  };
}
