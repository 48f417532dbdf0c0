/**
 * A site for the CMS's browser tests: a Git repository holding a project's content, its site built
 * with the real src/ (so /admin/ offers the repository's years), served on a free port, and
 * decap-server in git mode on the same repository, as `npm run cms` runs it on an editor's machine.
 */
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/** A port nobody listens on now: the system picks it, then it is handed on. */
export const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });

/** Environment of a child build: without what the test runner sets (NODE_ENV=test and the like). */
const buildEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^(VITEST.*|MODE|DEV|PROD|SSR|TEST|NODE_ENV|BASE_URL|TEST_.*|FORCE_COLOR)$/.test(key),
    ),
  ),
  NO_COLOR: '1',
  ...extra,
});

export interface CmsSite {
  /** The repository (and the site's root). */
  repo: string;
  /** The address of the served site, ending in "/". */
  url: string;
  git(...args: string[]): string;
  /** Runs one of the project's scripts (scripts/<name>) in the repository. */
  script(name: string, ...args: string[]): { status: number; output: string };
  /** Runs node with `args` in the repository. */
  run(args: string[]): { status: number; output: string };
  /** Builds the repository's site into dist/; drafts shown when `preview`. */
  build(preview?: boolean): { status: number; output: string };
  close(): Promise<void>;
}

/**
 * Copies `content` into a new repository beside the fixtures (its astro.config.mjs imports
 * tests/fixtures/astro.fixture.mjs), runs `prepare` in it, commits, builds and serves the site, and
 * starts decap-server on it.
 */
export async function startCmsSite(
  content: string,
  prepare: (site: Pick<CmsSite, 'repo' | 'script'>) => void = () => {},
): Promise<CmsSite> {
  const repo = mkdtempSync(join(PROJECT_ROOT, 'tests/fixtures/.cms-'));
  cpSync(content, join(repo, 'content'), { recursive: true });
  writeFileSync(
    join(repo, 'astro.config.mjs'),
    "import { fixtureConfig } from '../astro.fixture.mjs';\n\nexport default fixtureConfig(import.meta.url);\n",
  );
  writeFileSync(join(repo, '.gitignore'), 'dist/\n.astro/\nnode_modules/\n');
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-C', repo, '-c', 'user.name=编辑', '-c', 'user.email=e@example.com', ...args],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ).trim();
  const run = (args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, args, {
      cwd: repo,
      encoding: 'utf8',
      env: buildEnv(env),
    });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  };
  const script = (name: string, ...args: string[]) =>
    run([join(PROJECT_ROOT, 'scripts', name), ...args]);
  prepare({ repo, script });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', '内容');

  const serverPort = await freePort();
  const backend = `http://127.0.0.1:${serverPort}/api/v1`;
  const build = (preview = false) =>
    run([join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', repo], {
      CMS_LOCAL_BACKEND_URL: backend,
      ...(preview ? { SHOW_DRAFTS: 'true' } : {}),
    });
  const built = build();
  if (built.status !== 0) throw new Error(`The CMS test site did not build:\n${built.output}`);
  // Served with the headers the build wrote, which allow this decap-server.
  const site = await startStaticServer(join(repo, 'dist'), { localBackendUrl: backend });

  const server: ChildProcess = spawn(join(PROJECT_ROOT, 'node_modules/.bin/decap-server'), [], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(serverPort) },
    stdio: 'pipe',
  });
  await new Promise<void>((done, fail) => {
    let said = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      if (String(chunk).includes('listening')) done();
    });
    server.stderr!.on('data', (chunk: Buffer) => (said += String(chunk)));
    server.on('exit', (code) => fail(new Error(`decap-server exited with ${code}: ${said}`)));
  });

  return {
    repo,
    url: `${site.url.replace(/\/$/, '')}/`,
    git,
    script,
    run: (args) => run(args),
    build,
    close: async () => {
      server.kill();
      await site.close();
      rmSync(repo, { recursive: true, force: true });
    },
  };
}
