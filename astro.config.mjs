// @ts-check
import { defineConfig } from 'astro/config';
import { markdownPipeline } from './src/mdx/pipeline.ts';

export default defineConfig({
  // The public address, for canonical links; set where the site is published.
  ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
  trailingSlash: 'always',
  integrations: [markdownPipeline()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
