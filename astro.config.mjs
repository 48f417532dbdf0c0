// @ts-check
import { defineConfig } from 'astro/config';
import { markdownPipeline } from './src/mdx/pipeline.ts';
import { basePath } from './src/data/base-path.ts';

export default defineConfig({
  // The public address, for canonical links; set where the site is published.
  ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
  // The folder of that address the site is served from (BASE_PATH=/reports/carbon/); default the root.
  base: basePath(process.env['BASE_PATH']),
  trailingSlash: 'always',
  integrations: [markdownPipeline()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
