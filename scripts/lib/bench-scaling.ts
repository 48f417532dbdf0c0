/**
 * How the build's cost grows with the years: for each count of years, a project made from the real
 * content (scripts/lib/synthetic-years.ts, in .cache/bench-years/<n>/, never in content/) built with
 * the publishing build three times: cold (no PDF cache), warm (nothing changed) and after a
 * one-line change in the newest year's chapter with charts. Each build's phases are read from what
 * scripts/build.ts prints. Then pages, output size, and Lighthouse on the first year's pages.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { readBuildLog, type BuildLog } from './build-log.ts';
import { auditPages, type LighthouseResult } from './lighthouse-audit.ts';
import { makeSyntheticProject } from './synthetic-years.ts';

const PROJECT = join(import.meta.dirname, '../..');
/** The chapter changed in the warm run: it has charts, and pillar pages gather its sections. */
const CHANGED_CHAPTER = 'chapters/04-operations.mdx';

export interface BuildRun extends BuildLog {
  /** Wall-clock seconds of the whole `npm run build`. */
  total: number;
}

export interface ScalingRun {
  years: number;
  pages: number;
  pdfCount: number;
  outputMB: number;
  pdfMB: number;
  cold: BuildRun;
  warm: BuildRun;
  warmAfterEdit: BuildRun & { changed: string };
  lighthouse?: LighthouseResult[];
}

/**
 * The address Lighthouse reaches the site at. The builds are made for it (SITE_URL), as a
 * production build is for its host, so that canonical links are absolute and name the page served.
 */
export const LIGHTHOUSE_PORT = 4413;
const SITE_URL = `http://127.0.0.1:${LIGHTHOUSE_PORT}/`;

function build(root: string): BuildRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      SITE_URL,
      PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH']}`,
    },
  });
  const total = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`bench: the build in ${root} failed:\n${output}`);
  return { total: Number(total.toFixed(1)), ...readBuildLog(output) };
}

const files = (dir: string) => globSync('**', { cwd: dir, dot: true, absolute: true });
const megabytes = (list: string[]) =>
  Number((list.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024).toFixed(1));

/** One count of years: the three builds, the output, and Lighthouse unless turned off. */
export async function scalingRun(count: number, lighthouse: boolean): Promise<ScalingRun> {
  const root = join(PROJECT, '.cache/bench-years', String(count));
  console.log(`bench: ${count} year(s) in ${root}`);
  const years = makeSyntheticProject(PROJECT, root, count);
  const cold = build(root);
  console.log(`bench: ${count} year(s): cold build ${cold.total} s`);
  const warm = build(root);
  console.log(`bench: ${count} year(s): warm build ${warm.total} s`);

  const newest = years.at(-1)!;
  const chapter = join(root, 'content', String(newest), CHANGED_CHAPTER);
  const text = readFileSync(chapter, 'utf8');
  const lines = text.split('\n');
  // The first line of text after the frontmatter: a paragraph, not a heading or a tag.
  const body = lines.indexOf('---', 1) + 1;
  const paragraph = lines.findIndex((line, i) => i > body && /^[^-#<{\s]/.test(line));
  lines[paragraph] = `${lines[paragraph]}（基准测试改动。）`;
  writeFileSync(chapter, lines.join('\n'));
  // As an editor's correction of a published year: sealed again, so that the check lets it pass.
  execFileSync(process.execPath, [join(PROJECT, 'scripts/seal.ts'), String(newest)], {
    cwd: root,
    stdio: 'ignore',
  });
  const warmAfterEdit = {
    ...build(root),
    changed: `content/${newest}/${CHANGED_CHAPTER}:${paragraph + 1}`,
  };
  console.log(
    `bench: ${count} year(s): warm build after a one-line change ${warmAfterEdit.total} s`,
  );

  const dist = join(root, 'dist');
  const all = files(dist);
  const pdfs = all.filter((file) => file.endsWith('.pdf'));
  const run: ScalingRun = {
    years: count,
    pages: all.filter((file) => file.endsWith('.html') && !file.includes('/pagefind/')).length,
    pdfCount: pdfs.length,
    outputMB: megabytes(all),
    pdfMB: megabytes(pdfs),
    cold,
    warm,
    warmAfterEdit,
  };
  if (lighthouse) run.lighthouse = await auditPages(dist, { port: LIGHTHOUSE_PORT });
  return run;
}

/** Removes the synthetic projects (they hold several builds each). */
export function removeSyntheticProjects(): void {
  rmSync(join(PROJECT, '.cache/bench-years'), { recursive: true, force: true });
}
