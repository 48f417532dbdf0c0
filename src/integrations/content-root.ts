/**
 * The site's root folder, for pages that read content/ themselves (the CMS's /admin/ lists the
 * year folders): a fixture site's root is its own folder, not the working directory.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** import.meta.env's name for it. */
export const CONTENT_ROOT_VARIABLE = 'CONTENT_ROOT';

export function contentRoot(): AstroIntegration {
  return {
    name: 'content-root',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = JSON.stringify(fileURLToPath(config.root));
        updateConfig({ vite: { define: { [`import.meta.env.${CONTENT_ROOT_VARIABLE}`]: root } } });
      },
    },
  };
}
