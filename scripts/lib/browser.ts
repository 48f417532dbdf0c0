import { existsSync } from 'node:fs';

/** Debian's and other distributions' Chromium, for machines where Playwright cannot download its own. */
const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Which Chromium to drive: $CHROMIUM_PATH if set, else a system Chromium, else Playwright's own
 * browser (undefined) for people who ran `npx playwright install`.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Launch flags: no sandbox as root (containers, CI), and quiet on a closed network. */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

export function launchOptions() {
  const executablePath = chromiumExecutable();
  return { args: chromiumArgs(), ...(executablePath ? { executablePath } : {}) };
}
