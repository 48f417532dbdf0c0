import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { contentSafetyPlugin } from './content-safety-plugin.ts';
import { entryContextPlugin } from './entry-context-plugin.ts';
import { MDX_FEATURES } from './features.ts';
import { htmlSafetyPlugin } from './html-safety-plugin.ts';

/**
 * The one MDX pipeline of the site and of every fixture site: content safety first (it stops the
 * build on anything that could run as code), then the content tags' context, then the URL
 * allow-list on the HTML it produces. The content reader parses with the same features.
 */
export function markdownPipeline() {
  return mdx({
    processor: satteri({
      features: MDX_FEATURES,
      mdastPlugins: [contentSafetyPlugin, entryContextPlugin],
      hastPlugins: [htmlSafetyPlugin],
    }),
  });
}
