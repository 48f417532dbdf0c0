// @ts-check
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site-config.ts';

export default defineConfig({
  ...siteConfig(),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
