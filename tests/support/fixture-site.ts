/**
 * Fixture sites and the editors' tools, for the suites of tests/site/builds/: a project folder
 * under tests/fixtures/ (where astro and the other packages resolve from the project's
 * node_modules/) that builds its own content/ with the real src/, and the project's commands run in
 * it as processes, as an editor runs them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { PROJECT_ROOT } from './built-site.ts';

export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
/** A valid year with one of everything: the rule fixtures' base, which most fixture sites start from. */
export const BASE_CONTENT = join(FIXTURES, 'rules/base/content');
/** The Astro configuration every fixture site's astro.config.mjs imports. */
const FIXTURE_CONFIG = join(FIXTURES, 'astro.fixture.mjs');

// Projects

/** A new, empty folder named `prefix` and six random characters, in `parent`. */
export function scratchFolder(prefix: string, parent = FIXTURES): string {
  return mkdtempSync(join(parent, prefix));
}

/** `folder`, emptied of whatever an earlier run left there. */
export function emptyFolder(folder: string): string {
  removeFolder(folder);
  mkdirSync(folder, { recursive: true });
  return folder;
}

export function removeFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

export interface ProjectFiles {
  /** A folder whose files the project starts with (a fixture site of tests/fixtures/). */
  copy?: string;
  /** A content folder, copied as the project's content/. */
  content?: string;
  /**
   * The project's astro.config.mjs: by default the real src/ with the project's content/
   * (tests/fixtures/astro.fixture.mjs); a text of its own; or none, when `copy` brought one.
   */
  config?: string | false;
}

/** Fills `root` (made if missing) with a project's files; returns `root`. */
export function fixtureProject(root: string, files: ProjectFiles = {}): string {
  mkdirSync(root, { recursive: true });
  if (files.copy) cpSync(files.copy, root, { recursive: true });
  if (files.content) cpSync(files.content, join(root, 'content'), { recursive: true });
  if (files.config !== false)
    writeFileSync(join(root, 'astro.config.mjs'), files.config ?? fixtureConfigOf(root));
  return root;
}

/** An astro.config.mjs that builds the project at `root` with the real src/. */
function fixtureConfigOf(root: string): string {
  return `import { fixtureConfig } from '${relative(root, FIXTURE_CONFIG)}';\n\nexport default fixtureConfig(import.meta.url);\n`;
}

// Commands

/** `node scripts/<name> …args`: one of the editors' tools, as `npm run` runs it. */
export const script = (name: string, ...args: string[]): string[] => [
  process.execPath,
  join(PROJECT_ROOT, 'scripts', name),
  ...args,
];

/** The project's Astro CLI (`astro build`, `astro sync`, `astro dev`). */
export const astro = (...args: string[]): string[] => [
  process.execPath,
  join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
  ...args,
];

/** The project's Pagefind, run by this Node. */
export const pagefind = (...args: string[]): string[] => [
  process.execPath,
  join(PROJECT_ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'),
  ...args,
];

/** The PATH `npm run` gives the project's scripts: `first`, then node_modules/.bin, then the rest. */
export function npmPath(...first: string[]): string {
  return [...first, join(PROJECT_ROOT, 'node_modules/.bin'), process.env['PATH']].join(delimiter);
}

/**
 * The environment of a production build run from a test: vitest exports DEV, MODE, PROD, SSR and
 * NODE_ENV=test and BASE_URL=/ into process.env, which a child Astro build would read as a dev build
 * at the root.
 */
export function productionBuildEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST.*|MODE|DEV|PROD|SSR|TEST|NODE_ENV|BASE_URL)$/.test(key),
    ),
  );
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

export interface RunOptions {
  /** The folder it runs in; this process's own if not given. */
  cwd?: string;
  /** Variables laid over a production build's environment (productionBuildEnv()). */
  env?: NodeJS.ProcessEnv;
  /** Start from this process's environment as it is, vitest's variables included, instead. */
  inheritEnv?: boolean;
}

/** What a command left behind. */
export interface RunResult {
  /** Its exit code; null when a signal ended it. */
  status: number | null;
  stdout: string;
  stderr: string;
  /**
   * Everything it printed: run() gives stdout then stderr, a line break between them if stdout
   * does not end with one; runAsync() and start() give both as they arrived.
   */
  output: string;
}

function environment({ inheritEnv, env }: RunOptions): NodeJS.ProcessEnv | undefined {
  if (!inheritEnv) return { ...productionBuildEnv(), ...env };
  return env ? { ...process.env, ...env } : undefined;
}

/** Runs a command (program, then its arguments) to its end. */
export function run([program, ...args]: readonly string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(program!, args, {
    cwd: options.cwd,
    encoding: 'utf8',
    env: environment(options),
  });
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  const between = stdout === '' || stdout.endsWith('\n') ? '' : '\n';
  return { status: result.status, stdout, stderr, output: `${stdout}${between}${stderr}` };
}

/** A command that runs beside the test (a dev server), until it ends or is stopped. */
export interface Started {
  process: ChildProcess;
  /** What it has printed so far, both streams as they arrived. */
  output(): string;
  /** Resolves once it has ended. */
  ended: Promise<RunResult>;
  stop(): void;
}

/** Starts a command without waiting for it. */
export function start([program, ...args]: readonly string[], options: RunOptions = {}): Started {
  const child = spawn(program!, args, {
    cwd: options.cwd,
    env: environment(options),
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => ((stdout += chunk), (output += chunk)));
  child.stderr.on('data', (chunk: string) => ((stderr += chunk), (output += chunk)));
  const ended = new Promise<RunResult>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr, output })),
  );
  return { process: child, output: () => output, ended, stop: () => child.kill() };
}

/** Runs a command to its end without blocking the test's process (several at a time). */
export function runAsync(command: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return start(command, options).ended;
}
