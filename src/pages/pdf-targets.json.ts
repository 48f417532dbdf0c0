import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';

/** The list of PDFs the published site offers, for scripts/pdf.ts (not linked from any page). */
export const GET: APIRoute = async () => {
  const years = await loadSite();
  const body = {
    years: years.map((site) => ({ author: site.report.organisation, targets: site.pdfs })),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json' },
  });
};
