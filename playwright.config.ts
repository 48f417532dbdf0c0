import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './scripts/lib/browser.ts';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  ...(process.env['CI'] ? { workers: 2 } : {}),
  reporter: process.env['CI'] ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: launchOptions(),
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } },
    {
      name: 'phone',
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        launchOptions: launchOptions(),
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/2017/`,
    reuseExistingServer: !process.env['CI'],
  },
});
