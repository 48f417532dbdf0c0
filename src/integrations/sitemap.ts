/**
 * sitemap-index.xml (Astro's sitemap integration) for search engines. A sitemap lists absolute
 * URLs, so it is written only when SITE_URL gives the public address; a preview build, which shows
 * drafts, writes none, so a sitemap never lists a draft.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Environment } from '../config/env.ts';
import { withoutBase } from '../data/site/base-path.ts';

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
export function writesSitemap(env: Environment): boolean {
  return env.siteUrl !== undefined && !env.showDrafts;
}

export function sitemapIntegrations(env: Environment): AstroIntegration[] {
  return writesSitemap(env) ? [sitemap({ filter: (url) => isListed(url, env.basePath) })] : [];
}
