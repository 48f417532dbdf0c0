// @ts-check
import { defineConfig } from 'astro/config';
import { markdownPipeline } from './src/mdx/pipeline.ts';
import { sitemapIntegrations } from './src/integrations/sitemap.ts';
import { noInlineScripts } from './src/integrations/no-inline-scripts.ts';

export default defineConfig({
  // The public address, for canonical links; set where the site is published.
  ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
  trailingSlash: 'always',
  integrations: [markdownPipeline(), noInlineScripts(), ...sitemapIntegrations(process.env)],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
