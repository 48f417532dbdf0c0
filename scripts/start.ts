/**
 * `npm start`: the site built and served on this machine, even a fresh one. As root with apt it
 * first installs what the publishing build needs (Chromium, the Noto CJK fonts); where it cannot,
 * it builds a preview without PDFs and says so in one line, with how to get them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from './lib/browser.ts';
import { PDF_HELP } from './lib/pdf-help.ts';

const SCRIPTS = import.meta.dirname;
const run = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

// Its own failure (not root, no apt) is not one here: the build below works without Chromium.
run('bash', [join(SCRIPTS, 'setup-system.sh'), '--build', '--quiet']);
const chromium = findChromium();
const preview = 'missing' in chromium;
const built = run(process.execPath, [
  join(SCRIPTS, 'build.ts'),
  ...(preview ? ['--preview-without-pdfs'] : []),
]);
if (built !== 0) process.exit(built);
if (preview) console.warn(`npm start：网站中没有 PDF。${chromium.missing}${PDF_HELP}`);
process.exit(run('astro', ['preview']));
