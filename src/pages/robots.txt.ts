import type { APIRoute } from 'astro';
import { SITEMAP_FILE, writesSitemap } from '../integrations/sitemap';

/** Every page may be crawled; the sitemap is named where the build wrote one. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site && writesSitemap(process.env))
    lines.push(`Sitemap: ${new URL(SITEMAP_FILE, site).href}`);
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
