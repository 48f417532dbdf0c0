import { accessSync, constants } from 'node:fs';
import { chromium } from '@playwright/test';
import { environment, type Environment } from '../../src/config/env.ts';

/** Debian's and other distributions' Chromium, for machines where Playwright cannot download its own. */
const SYSTEM_CHROMIUM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Where to look for a system Chromium. CHROMIUM_CANDIDATES (colon-separated; empty for none)
 * replaces the list, so that a test can play a bare machine on one that has Chromium.
 */
const candidates = (env: Environment) => env.chromiumCandidates ?? SYSTEM_CHROMIUM;

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Where the Chromium to drive is, or why there is none, in a sentence a person can act on. */
export type ChromiumLookup = { path: string; own: boolean } | { missing: string };

/**
 * Which Chromium to drive: $CHROMIUM_PATH if set, else a system Chromium, else Playwright's own
 * browser for people who ran `npx playwright install chromium` (PLAYWRIGHT_BROWSERS_PATH moves it).
 */
export function findChromium(env: Environment = environment()): ChromiumLookup {
  const fromEnv = env.chromiumPath;
  if (fromEnv)
    return isExecutable(fromEnv)
      ? { path: fromEnv, own: false }
      : { missing: `CHROMIUM_PATH 设为 ${fromEnv}，但它不是可执行文件。` };
  const system = candidates(env).find(isExecutable);
  if (system) return { path: system, own: false };
  const own = chromium.executablePath();
  if (isExecutable(own)) return { path: own, own: true };
  return { missing: '没有找到 Chromium（系统中没有 chromium，也没有设置 CHROMIUM_PATH）。' };
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

/**
 * Playwright's own browser is launched as the full Chromium (channel "chromium"), the binary
 * findChromium() checks, rather than the separate headless shell.
 */
export function launchOptions() {
  const found = findChromium();
  const where =
    'missing' in found || found.own ? { channel: 'chromium' } : { executablePath: found.path };
  return { args: chromiumArgs(), ...where };
}
