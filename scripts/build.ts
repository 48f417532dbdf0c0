/**
 * The publishing build: the site, then its PDFs rendered from it, then the site again so that every
 * page links the PDFs that now exist (with their sizes), then the search index.
 */
import { execFileSync } from 'node:child_process';

const run = (command: string, args: string[]) => {
  const started = performance.now();
  try {
    execFileSync(command, args, { stdio: 'inherit' });
  } catch {
    console.error(`build: stopped, ${[command, ...args].join(' ')} failed. Nothing was published.`);
    process.exit(1);
  }
  console.log(
    `build: ${[command, ...args].join(' ')} took ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
};

// The content is checked first: if anything is wrong, nothing is built or published.
run(process.execPath, ['scripts/check.ts']);
run('astro', ['build']);
run(process.execPath, ['scripts/pdf.ts']);
run('astro', ['build']);
run('pagefind', ['--site', 'dist']);
