/**
 * A machine without Chromium (played here by pointing every way of finding one at nothing):
 * `npm start` still builds and serves the site and says in one line that the PDFs were left out,
 * while the publishing build refuses to publish a site without them.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../support/built-site.ts';
import {
  BASE_CONTENT,
  fixtureProject,
  npmPath,
  removeFolder,
  run,
  scratchFolder,
  script,
} from '../../support/fixture-site.ts';

let root = '';

/** No CHROMIUM_PATH that works, no system Chromium, no Playwright browser. */
const bareMachine = () => ({
  CHROMIUM_PATH: join(root, 'no-such-chromium'),
  CHROMIUM_CANDIDATES: '',
  PLAYWRIGHT_BROWSERS_PATH: join(root, 'no-browsers'),
});

/** One of the editors' tools, run in the fixture on the bare machine; `first` leads the PATH. */
const onBareMachine = (name: string, ...first: string[]) =>
  run(script(name), { cwd: root, env: { PATH: npmPath(...first), ...bareMachine() } });

beforeAll(() => {
  root = fixtureProject(scratchFolder('.work-bare-'), { content: BASE_CONTENT });
});
afterAll(() => removeFolder(root));

test('the publishing build stops before building, says why and how to get the PDFs', () => {
  const { status, stderr } = onBareMachine('build.ts');
  expect(status).toBe(1);
  expect(stderr.trim()).toBe(
    `build：没有开始构建。CHROMIUM_PATH 设为 ${join(root, 'no-such-chromium')}，但它不是可执行文件。发布构建用 Chromium 生成 PDF，从不发布没有 PDF 的网站。要生成 PDF，请安装 Chromium 和 Noto CJK 字体（以 root 运行 bash scripts/setup-system.sh --build，或 sudo apt-get install chromium fonts-noto-cjk），或把 CHROMIUM_PATH 设为 Chromium 程序的路径，然后再运行一次。（只想看看网站：npm start，或 npm run build -- --preview-without-pdfs。）什么都没有发布：dist/ 保持原样。`,
  );
  expect(existsSync(join(root, 'dist'))).toBe(false);
});

test('npm start builds and serves the site without PDFs, and says so in one line', () => {
  // `astro preview` would serve until stopped: a stand-in records that it was asked to.
  const bin = join(root, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    join(bin, 'astro'),
    `#!/bin/sh\nif [ "$1" = preview ]; then echo "served: $*"; exit 0; fi\nexec ${join(PROJECT_ROOT, 'node_modules/.bin/astro')} "$@"\n`,
  );
  chmodSync(join(bin, 'astro'), 0o755);

  const { status, stdout, stderr } = onBareMachine('start.ts', bin);
  expect(status).toBe(0);
  expect(stdout).toContain('build：已在 dist/ 构建不含 PDF 的预览，只供查看，不能发布。');
  expect(stdout.trim().split('\n').at(-1)).toBe('served: preview');
  const notice = stderr.split('\n').filter((line) => line.startsWith('npm start：'));
  expect(notice).toEqual([
    `npm start：网站中没有 PDF。CHROMIUM_PATH 设为 ${join(root, 'no-such-chromium')}，但它不是可执行文件。要生成 PDF，请安装 Chromium 和 Noto CJK 字体（以 root 运行 bash scripts/setup-system.sh --build，或 sudo apt-get install chromium fonts-noto-cjk），或把 CHROMIUM_PATH 设为 Chromium 程序的路径，然后再运行一次。`,
  ]);

  const site = readdirSync(join(root, 'dist'));
  expect(site).toEqual(expect.arrayContaining(['2017', 'pagefind']));
  expect(site).not.toContain('pdf');
  expect(site).not.toContain('site-manifest.json');
});

test('with CHROMIUM_PATH unset, a bare machine is told that no Chromium was found', () => {
  const { status, stderr } = run(
    [
      process.execPath,
      '-e',
      `import('${join(PROJECT_ROOT, 'scripts/lib/browser.ts')}').then(m => console.error(JSON.stringify(m.findChromium())))`,
    ],
    { env: { ...bareMachine(), CHROMIUM_PATH: '' } },
  );
  expect(status).toBe(0);
  expect(JSON.parse(stderr)).toEqual({
    missing: '没有找到 Chromium（系统中没有 chromium，也没有设置 CHROMIUM_PATH）。',
  });
});
