import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type ReportYear } from '../../../../data/load/site.ts';
import { indicators, type Indicator } from '../../../../data/kpi/indicators.ts';
import { kpiIndicatorCsv, kpiIndicatorExport } from '../../../../data/kpi/export.ts';
import { kpiOwnDataFile } from '../../../../data/site/addresses.ts';

/** One indicator's data as CSV and JSON, every year the reports hold, from the page's own data. */
export const getStaticPaths = (async () => {
  const sites = await loadSite();
  return sites.flatMap((site) =>
    indicators(site, sites).flatMap((indicator) =>
      (['csv', 'json'] as const).map((format) => ({
        params: {
          year: String(site.year),
          id: indicator.id,
          file: kpiOwnDataFile(site.year, indicator.id, format),
        },
        props: { site, indicator, format },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ site: ReportYear; indicator: Indicator; format: 'csv' | 'json' }> = ({
  props,
}) => {
  const { site, indicator } = props;
  const data = kpiIndicatorExport(
    site.report,
    site.kpis,
    indicator.group.name,
    indicator.row,
    indicator.records,
  );
  return props.format === 'csv'
    ? new Response(kpiIndicatorCsv(data), {
        headers: { 'content-type': 'text/csv; charset=utf-8' },
      })
    : new Response(`${JSON.stringify(data, null, 2)}\n`, {
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
};
