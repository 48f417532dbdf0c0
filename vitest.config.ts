import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Some unit tests run the editors' commands as processes: on a busy 2-core machine they can
      // take longer than vitest's default 5 s, which is a limit, not a measure of speed.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // The site's components rendered alone, with Astro's Vite set-up.
      'vitest.components.config.ts',
      // Checks of the real built site (tests/site/dist-checks/, `npm run build` first) and fixture
      // builds and tool runs (tests/site/builds/).
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
