/**
 * sitemap-index.xml (Astro's sitemap integration) for search engines. A sitemap lists absolute
 * URLs, so it is written only when SITE_URL gives the public address; a preview build, which shows
 * drafts, writes none, so a sitemap never lists a draft.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { BASE_PATH_VARIABLE, basePath, withoutBase } from '../data/base-path.ts';

/** The file robots.txt points to (the integration's name for its index). */
export const SITEMAP_FILE = 'sitemap-index.xml';

/**
 * Pages not meant for search engines: the root only redirects; a year's print page is its PDF's
 * source; /admin/ is the editors' CMS.
 */
export function isListed(url: string, base = '/'): boolean {
  const path = withoutBase(base, new URL(url).pathname);
  return path !== '/' && !/^\/\d{4}\/print\/$/.test(path) && !path.startsWith('/admin/');
}

/** Whether this build writes a sitemap: a public address is set and drafts are left out. */
export function writesSitemap(env: Record<string, string | undefined>): boolean {
  return Boolean(env['SITE_URL']) && env['SHOW_DRAFTS'] !== 'true';
}

export function sitemapIntegrations(env: Record<string, string | undefined>): AstroIntegration[] {
  const base = basePath(env[BASE_PATH_VARIABLE]);
  return writesSitemap(env) ? [sitemap({ filter: (url) => isListed(url, base) })] : [];
}
