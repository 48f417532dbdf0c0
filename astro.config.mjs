// @ts-check
import { defineConfig } from 'astro/config';
import { markdownPipeline } from './src/mdx/pipeline.ts';
import { siteConfig } from './src/site-config.ts';

export default defineConfig({
  ...siteConfig(),
  integrations: [markdownPipeline()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
