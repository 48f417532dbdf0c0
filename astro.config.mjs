// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { entryContextPlugin } from './src/mdx/entry-context-plugin.ts';
import { sitemapIntegrations } from './src/integrations/sitemap.ts';

export default defineConfig({
  // The public address, for canonical links; set where the site is published.
  ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
  trailingSlash: 'always',
  integrations: [
    mdx({ processor: satteri({ mdastPlugins: [entryContextPlugin] }) }),
    ...sitemapIntegrations(process.env),
  ],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
