// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { entryContextPlugin } from './src/mdx/entry-context-plugin.ts';

export default defineConfig({
  site: 'https://carbon-report.example.org',
  trailingSlash: 'always',
  integrations: [mdx({ processor: satteri({ mdastPlugins: [entryContextPlugin] }) })],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
