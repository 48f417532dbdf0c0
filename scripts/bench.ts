/**
 * Measures what speed and size mean for this site: the time of each build phase (content check,
 * site build, PDFs, search index) and the weight of what readers download (HTML, CSS and JS per
 * page, gzipped; every PDF). `npm run bench`; prints a table and writes bench/results/<time>.json.
 *
 * `npm run bench -- --scaling` measures how the cost grows with the years instead: synthetic
 * projects of 1, 5 and 20 years made from the real content (`--years 1,5` for fewer), each built
 * cold, warm, and warm after a one-line change, then Lighthouse on the first year's pages
 * (`--no-lighthouse` to skip it). Prints Markdown tables and writes
 * bench/results/scaling-<time>.json. `npm run bench -- --table <files>` prints the tables of
 * saved scaling results again, together (as in the README). `npm run bench -- --lighthouse` runs
 * Lighthouse alone on the site already built in dist/ (after `npm run build`), with SITE_URL unset
 * or set as it was built, and writes bench/results/lighthouse-<time>.json; with `--all-pages` on
 * every page of the site rather than one of each kind (LIGHTHOUSE_PAGES), then says the lowest
 * scores and the slowest pages; each figure of a page type is the median of its own three runs
 * (`--runs 7` for more: TBT moves a lot from run to run).
 *
 * `npm run bench -- --search` runs the search evaluation (scripts/lib/search-eval.ts: hundreds of
 * queries generated from the built pages) against the index in dist/ (after `npm run build`, or
 * `npm run build:site && npx pagefind --site dist`) with the site's ranking, prints top-1, top-3 and
 * mean reciprocal rank for the tuning and held-out halves, for two-word queries and per kind of
 * query, and the tuning half's misses (`--held-out-misses` adds the held-out half's: look at them
 * only to report, never to tune), and writes bench/results/search-<time>.json. To choose Pagefind's
 * weights: `--ranking '{"termFrequency":0.5}'` tries others, `--pagefind-only` leaves out the
 * site's re-ranking.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { globSync } from 'tinyglobby';
import { BUILD_CACHE } from './lib/build-paths.ts';
import { scalingRun, type ScalingRun } from './lib/bench-scaling.ts';
import { largestPaintTable, lighthouseTable, scalingTable } from './lib/bench-table.ts';
import { builtPages } from './lib/built-pages.ts';
import { byTag, parseHtml } from './lib/html.ts';
import { readSiteManifest } from '../src/publish/manifest.ts';
import { withoutBase } from '../src/data/site/base-path.ts';
import { auditPages, type LighthouseResult } from './lib/lighthouse-audit.ts';
import { searchEvalTables } from './lib/search-eval-table.ts';
import { runSearchEval } from './lib/search-run.ts';
import { publishSteps } from './lib/publish-steps.ts';
import { toolArgs } from './lib/tool-args.ts';

const { values: options, positionals } = toolArgs('bench', {
  allowPositionals: true,
  options: {
    table: { type: 'boolean', default: false },
    scaling: { type: 'boolean', default: false },
    years: { type: 'string', default: '1,5,20' },
    'no-lighthouse': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
    'all-pages': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    search: { type: 'boolean', default: false },
    'held-out-misses': { type: 'boolean', default: false },
    ranking: { type: 'string' },
    'pagefind-only': { type: 'boolean', default: false },
  },
});
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

async function scaling() {
  const counts = options.years.split(',').map(Number);
  if (counts.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`bench: --years takes counts of years like 1,5,20; got ${options.years}.`);
  const runs: ScalingRun[] = [];
  mkdirSync('bench/results', { recursive: true });
  const out = join('bench/results', `scaling-${stamp()}.json`);
  for (const count of counts) {
    runs.push(await scalingRun(count, !options['no-lighthouse']));
    // Written after each count, so that a long run that is stopped keeps what it measured.
    writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), runs }, null, 2)}\n`);
  }
  console.log(`\n${scalingTable(runs)}\n`);
  if (!options['no-lighthouse']) console.log(`${lighthouseTable(runs)}\n`);
  console.log(`written: ${out}`);
}

function phases() {
  const DIST = 'dist';
  const BENCH_PDFS = join(BUILD_CACHE, 'bench-pdf');
  const BENCH_CARDS = join(BUILD_CACHE, 'bench-og');
  const timings: Record<string, number> = {};
  // PDFs come from the PDF cache where it holds them (a build before this one); --scaling
  // measures cold and warm builds.
  rmSync(BENCH_PDFS, { recursive: true, force: true });
  // The publishing build's own steps (scripts/build.ts), each timed, building in dist/.
  for (const step of publishSteps({ site: DIST, pdfs: BENCH_PDFS, cards: BENCH_CARDS })) {
    const started = performance.now();
    if ('work' in step) step.work();
    else
      execFileSync(step.command, step.args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, ...step.env },
      });
    timings[step.name] = Math.round(performance.now() - started) / 1000;
  }

  const files = (dir: string) => globSync('**', { cwd: dir, dot: true }).map((f) => join(dir, f));
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const kb = (bytes: number) => +(bytes / 1024).toFixed(1);
  const { base, pages: built } = readSiteManifest(DIST);
  const pages = built.map(({ path, file }) => {
    const document = parseHtml(readFileSync(join(DIST, file), 'utf8'));
    const linked = (addresses: (string | undefined)[]) =>
      addresses.reduce(
        (sum, address) => sum + (address ? gz(join(DIST, withoutBase(base, address))) : 0),
        0,
      );
    return {
      page: path,
      htmlKB: kb(gz(join(DIST, file))),
      cssKB: kb(
        linked(
          byTag(document, 'link')
            .filter(({ attribs }) => attribs['rel'] === 'stylesheet')
            .map(({ attribs }) => attribs['href']),
        ),
      ),
      jsKB: kb(linked(byTag(document, 'script').map(({ attribs }) => attribs['src']))),
    };
  });
  const pdfs = files(join(DIST, 'pdf')).map((file) => ({
    pdf: relative(DIST, file),
    KB: Math.round(statSync(file).size / 1024),
  }));

  console.log('\nBuild phases (s)');
  console.table(timings);
  console.log(
    `total: ${Object.values(timings)
      .reduce((a, b) => a + b, 0)
      .toFixed(1)} s\n\nPages (gzipped KB)`,
  );
  console.table(pages);
  console.log(
    `\nPDFs: ${pdfs.length}, ${(pdfs.reduce((s, p) => s + p.KB, 0) / 1024).toFixed(1)} MB in all`,
  );
  console.table(pdfs);

  mkdirSync('bench/results', { recursive: true });
  const out = join('bench/results', `${stamp()}.json`);
  writeFileSync(
    out,
    `${JSON.stringify({ when: new Date().toISOString(), timings, pages, pdfs }, null, 2)}\n`,
  );
  console.log(`\nwritten: ${out}`);
}

function tables() {
  const runs = positionals.flatMap(
    (file) => (JSON.parse(readFileSync(file, 'utf8')) as { runs: ScalingRun[] }).runs,
  );
  console.log(`${scalingTable(runs)}\n\n${lighthouseTable(runs)}`);
}

/** Every page of a built site Lighthouse can audit: not the root's redirect nor the 404 page. */
const everyPage = (site: string) =>
  builtPages(site)
    .map(([path]) => path)
    .filter((path) => path !== '/' && path !== '/404.html');

/** The lowest score of each category and the slowest pages, over many pages. */
function summarise(results: LighthouseResult[]) {
  const lowest = Object.fromEntries(
    Object.keys(results[0]!.scores).map((id) => [
      id,
      Math.min(...results.map((r) => r.scores[id as keyof LighthouseResult['scores']])),
    ]),
  );
  const below = results.filter((r) => Object.values(r.scores).some((score) => score < 100));
  const worst = (metric: 'lcpMs' | 'tbtMs' | 'cls') =>
    results.reduce((a, b) => (b[metric] > a[metric] ? b : a));
  console.log(`Lighthouse on ${results.length} pages; lowest scores:`, lowest);
  console.log(
    `pages below 100 in a category: ${below.map((r) => `${r.page} ${JSON.stringify(r.scores)}`).join('; ') || 'none'}`,
  );
  for (const metric of ['lcpMs', 'tbtMs', 'cls'] as const)
    console.log(`highest ${metric}: ${worst(metric)[metric]} (${worst(metric).page})`);
}

/** Lighthouse on the pages of the site in dist/, as built (SITE_URL as it was built with). */
async function lighthouseOnly() {
  // One run per page over every page; the medians of three (or --runs) per page type otherwise.
  const runs = Number(options.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`bench: --runs takes a whole number of runs, not "${options.runs}".`);
  const results = await auditPages(
    'dist',
    options['all-pages'] ? { pages: everyPage('dist') } : { runs },
  );
  mkdirSync('bench/results', { recursive: true });
  const out = join('bench/results', `lighthouse-${stamp()}.json`);
  writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), results }, null, 2)}\n`);
  console.log(`${largestPaintTable(results)}\n`);
  if (options['all-pages']) summarise(results);
  console.log(`written: ${out}`);
}

/** The search evaluation on the index in dist/, with the site's ranking. */
async function searchOnly() {
  const report = await runSearchEval('dist', {
    ...(options.ranking ? { ranking: JSON.parse(options.ranking) as object } : {}),
    pagefindOnly: options['pagefind-only'],
  });
  console.log(searchEvalTables(report, { heldOutMisses: options['held-out-misses'] }));
  mkdirSync('bench/results', { recursive: true });
  const out = join('bench/results', `search-${stamp()}.json`);
  writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), ...report }, null, 2)}\n`);
  console.log(`written: ${out}`);
}

if (options.table) tables();
else if (options.search) await searchOnly();
else if (options.lighthouse) await lighthouseOnly();
else if (options.scaling) await scaling();
else phases();
