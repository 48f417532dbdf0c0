/**
 * Bundled scripts always ship as files under /_astro/, never inlined into the page however small
 * (Astro inlines scripts below Vite's assetsInlineLimit): the site's Content Security Policy allows
 * only the inline scripts it names by hash, the one that starts the bundled module after the first
 * paint (src/components/after-paint.ts) and a chapter's that lets its later blocks wait
 * (src/components/later-layout.ts), and the hostile-content audit accepts those word for word and
 * otherwise only the site's own bundled modules. Styles and images keep Vite's default limit.
 */
import type { AstroIntegration } from 'astro';

export function noInlineScripts(): AstroIntegration {
  return {
    name: 'no-inline-scripts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
            },
          },
        });
      },
    },
  };
}
