import { siteAddresses } from '../site/addresses.ts';

/**
 * The site's base, from Astro's `base` (BASE_PATH). Outside a site build (editors' scripts,
 * unit tests) there is none and it is the root.
 */
// Spelt out in full: Vite replaces `import.meta.env.BASE_URL` as written, not `import.meta.env?.…`.
const BASE: string = (import.meta.env && import.meta.env.BASE_URL) || '/';

/** The site's URLs as this build serves them (src/data/site/addresses.ts). */
export const { sitePath, paths } = siteAddresses(BASE);
