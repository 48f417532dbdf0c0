import type { APIRoute } from 'astro';
import { SITEMAP_FILE, writesSitemap } from '../integrations/sitemap';
import { sitePath } from '../data/load/paths';
import { environment } from '../config/env';

/** Every page may be crawled; the sitemap is named where the build wrote one. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site && writesSitemap(environment()))
    lines.push(`Sitemap: ${new URL(sitePath(`/${SITEMAP_FILE}`), site).href}`);
  return new Response(`${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
