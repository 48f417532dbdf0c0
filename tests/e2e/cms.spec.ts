/**
 * /admin/ against decap-server on a temporary Git repository holding the project's content: an
 * entry opened and saved without a change is written back as it was, after Prettier.
 * Needs the built site (`npm run build:site`); desktop only.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { freePort } from './support/cms-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The page asks for decap-server at its default address; the test routes that to its own. */
const DEFAULT_SERVER = 'http://localhost:8081/api/v1';

let repo = '';
/** Each worker's own free port: tests run in parallel workers, and two servers on one port fail. */
let port = 0;
let server: ChildProcess | undefined;
const git = (...args: string[]) =>
  execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();

test.skip(({ isMobile }) => isMobile, 'the CMS is an editor’s desktop tool');
// Both tests share one server and repository, so they run one after the other in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'cms-e2e-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'content');
  port = await freePort();
  server = spawn(join(ROOT, 'node_modules/.bin/decap-server'), [], {
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(port) },
    stdio: 'pipe',
  });
  await new Promise<void>((done, fail) => {
    server!.stdout!.on('data', (chunk: Buffer) => {
      if (String(chunk).includes('listening')) done();
    });
    let said = '';
    server!.stderr!.on('data', (chunk: Buffer) => (said += String(chunk)));
    server!.on('exit', (code) => fail(new Error(`decap-server exited with ${code}: ${said}`)));
  });
});

// Requests Decap still has in flight when a test ends are dropped, not failed.
test.afterEach(async ({ page }) => {
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test.afterAll(() => {
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

async function signIn(page: Page) {
  await page.route(`${DEFAULT_SERVER}**`, async (route) => {
    const url = route.request().url().replace(DEFAULT_SERVER, `http://127.0.0.1:${port}/api/v1`);
    try {
      await route.fulfill({ response: await route.fetch({ url }) });
    } catch {
      // A request still running when the test ends has nothing left to answer.
    }
  });
  await page.goto('/admin/');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('2017 年 · 数据文件').first()).toBeVisible({ timeout: 30_000 });
}

/** The file as the draft branch holds it, or undefined while there is no such branch. */
const drafted = (branch: string, path: string) => {
  try {
    return git('show', `${branch}:${path}`);
  } catch {
    return undefined;
  }
};

/**
 * Opens an entry, adds an "x" to its title and saves it (Decap saves only a changed entry, and
 * will not save one changed back). Returns the title as it was.
 */
async function saveWithTitleMark(page: Page, hash: string, branch: string, path: string) {
  await page.goto(`/admin/${hash}`);
  const title = page.locator('input[id^="title-field"]').first();
  await expect(title).toBeVisible({ timeout: 30_000 });
  const original = await title.inputValue();
  await title.fill(`${original}x`);
  await page.getByRole('button', { name: '保存', exact: true }).click({ timeout: 10_000 });
  await expect.poll(() => drafted(branch, path), { timeout: 30_000 }).toContain(`${original}x`);
  return original;
}

/**
 * The file as the draft branch holds it, after Prettier, and the file of the repository with the
 * same "x" added to its title: equal when the CMS wrote back everything else as it was.
 */
async function draftAndExpected(branch: string, path: string, title: string) {
  const original = readFileSync(join(ROOT, path), 'utf8');
  return {
    draft: await format(drafted(branch, path) ?? '', {
      ...(await resolveConfig(join(ROOT, path))),
      filepath: join(ROOT, path),
    }),
    expected: original.replace(title, `${title}x`),
  };
}

test('kpis.json saved with its title changed changes nothing else, after Prettier', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  const kpis = ['cms/2017-files/kpis', 'content/2017/kpis.json'] as const;
  const title = await saveWithTitleMark(page, '#/collections/2017-files/entries/kpis', ...kpis);
  const file = await draftAndExpected(...kpis, title);
  expect(file.draft).toBe(file.expected);
});

test('a 2017 case saved with its title changed changes nothing else, after Prettier', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  const cases = ['cms/2017-cases/hzg-agitator', 'content/2017/cases/hzg-agitator.mdx'] as const;
  const title = await saveWithTitleMark(
    page,
    '#/collections/2017-cases/entries/hzg-agitator',
    ...cases,
  );
  const file = await draftAndExpected(...cases, title);
  expect(file.draft).toBe(file.expected);
});
