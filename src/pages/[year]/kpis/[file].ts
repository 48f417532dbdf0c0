import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, type ReportYear } from '../../../data/load/site.ts';
import { kpiCsv, kpiExport } from '../../../data/kpi/export.ts';
import { kpiDataFile } from '../../../data/site/addresses.ts';

/** The KPI table as CSV and JSON, generated at build from the same data as the pages. */
export const getStaticPaths = (async () =>
  (await loadSite()).flatMap((site) =>
    (['csv', 'json'] as const).map((format) => ({
      params: { year: String(site.year), file: kpiDataFile(site.year, format) },
      props: { site, format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ site: ReportYear; format: 'csv' | 'json' }> = ({ props }) => {
  const data = kpiExport(props.site.report, props.site.kpis);
  return props.format === 'csv'
    ? new Response(kpiCsv(data), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
    : new Response(`${JSON.stringify(data, null, 2)}\n`, {
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
};
