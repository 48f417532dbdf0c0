// @ts-check
import { defineConfig } from 'astro/config';
import { markdownPipeline } from './src/mdx/pipeline.ts';
import { sitemapIntegrations } from './src/integrations/sitemap.ts';

export default defineConfig({
  // The public address, for canonical links; set where the site is published.
  ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
  trailingSlash: 'always',
  integrations: [markdownPipeline(), ...sitemapIntegrations(process.env)],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Scripts always ship as files, never inlined however small: the site's CSP allows no inline script.
  vite: {
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
});
