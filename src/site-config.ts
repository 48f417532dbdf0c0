/**
 * The Astro options every build of the site shares, astro.config.mjs and the test fixtures' alike:
 * where it is served, its security policy and its integrations.
 */
import type { AstroUserConfig } from 'astro';
import { environment, type Environment } from './config/env.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './data/publish/csp.ts';
import { hostHeadersIntegration } from './integrations/host-headers.ts';
import { siteManifestIntegration } from './integrations/site-manifest.ts';
import { sitemapIntegrations } from './integrations/sitemap.ts';
import { markdownPipeline } from './mdx/pipeline.ts';
import { noInlineScripts } from './integrations/no-inline-scripts.ts';
import { contentRoot } from './integrations/content-root.ts';

export function siteConfig(env: Environment = environment()) {
  return {
    // The public address, for canonical links; set where the site is published.
    ...(env.siteUrl ? { site: env.siteUrl } : {}),
    // The folder of that address the site is served from (BASE_PATH=/reports/carbon/).
    base: env.basePath,
    trailingSlash: 'always',
    build: {
      format: 'directory',
      // The CSS (4–6 KB gzipped a page) goes inside each page: on a phone's first visit a separate
      // stylesheet costs a round trip before anything paints. The page's CSP lists its hash.
      inlineStylesheets: 'always',
    },
    // Every page carries a Content-Security-Policy: Astro hashes the scripts and styles it writes
    // and lists them with the site's own files; nothing else, and no inline script, may run.
    security: {
      csp: {
        directives: [...CSP_DIRECTIVES],
        scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
      },
    },
    integrations: [
      markdownPipeline(),
      noInlineScripts(),
      hostHeadersIntegration(),
      siteManifestIntegration(),
      contentRoot(),
      ...sitemapIntegrations(env),
    ],
  } satisfies AstroUserConfig;
}
