import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';

/**
 * The list of PDFs the published site offers, for scripts/pdf.ts (not linked from any page), with
 * the base the pages are served under.
 */
export const GET: APIRoute = async () => {
  const years = await loadSite();
  const body = {
    base: import.meta.env.BASE_URL,
    years: years.map((site) => ({ author: site.report.organisation, targets: site.pdfs })),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};
