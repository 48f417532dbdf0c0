/**
 * Tests that render the site's own components (Astro's container API), so they need Astro's Vite
 * set-up: the pages' contract with the publishing scripts (tests/components/).
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: { name: 'components', include: ['tests/components/**/*.test.ts'], testTimeout: 30_000 },
});
