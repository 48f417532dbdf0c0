/**
 * Publishing is atomic: `npm run build` on a small fixture project, then a failure in each step
 * (check, site build, PDFs, finishing the pages, search index) must leave dist/ byte for byte as
 * it was, and no staging folder behind.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BASE_CONTENT,
  fixtureProject,
  npmPath,
  removeFolder,
  run,
  scratchFolder,
  script,
} from '../../support/fixture-site.ts';
import { SITE_MANIFEST_FILE } from '../../../src/publish/manifest.ts';

let root = '';

/**
 * The fixture's site build fails on purpose when a marker file is present; with another, it adds
 * a page that links a PDF no step renders, which the finishing step must refuse.
 */
const CONFIG = `import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fixtureConfig } from '../astro.fixture.mjs';

const marker = (name) => existsSync(new URL(name, import.meta.url));
if (marker('./fail-site-build')) throw new Error('the site build fails on purpose');
const config = fixtureConfig(import.meta.url);
// Runs after the site's own integrations: the cover's entry in the manifest gains a PDF link.
const strayLink = {
  name: 'stray-pdf-link',
  hooks: {
    'astro:build:done': ({ dir }) => {
      if (!marker('./fail-finishing')) return;
      const file = fileURLToPath(new URL('${SITE_MANIFEST_FILE}', dir));
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      manifest.pages.find((page) => page.path === '/2017/').pdfLinks.push('2017/missing.pdf');
      writeFileSync(file, JSON.stringify(manifest));
    },
  },
};

export default { ...config, integrations: [...(config.integrations ?? []), strayLink] };
`;

/** `npm run build` in the fixture. */
const build = (env: NodeJS.ProcessEnv = {}) =>
  run(script('build.ts'), { cwd: root, env: { PATH: npmPath(), ...env } });

/** Every file under a folder with the SHA-256 of its bytes. */
function fingerprint(folder: string): Record<string, string> {
  return Object.fromEntries(
    globSync('**', { cwd: folder, dot: true }).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(folder, file)))
        .digest('hex'),
    ]),
  );
}

const leftovers = () =>
  existsSync(join(root, '.cache'))
    ? readdirSync(join(root, '.cache')).filter((name) => name.startsWith('publish-'))
    : [];

let published: Record<string, string> = {};

beforeAll(() => {
  root = fixtureProject(scratchFolder('.work-atomic-'), { content: BASE_CONTENT, config: CONFIG });
  const first = build();
  expect(first.output).toContain('build：网站已发布到 dist/');
  expect(first.status).toBe(0);
  published = fingerprint(join(root, 'dist'));
});
afterAll(() => removeFolder(root));

test('the complete build publishes pages, PDFs and the search index, and nothing internal', () => {
  const files = Object.keys(published);
  expect(files).toContain('2017/intro/index.html');
  expect(files.some((file) => /^pdf\/2017\/.+\.pdf$/.test(file))).toBe(true);
  expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
  expect(files).not.toContain(SITE_MANIFEST_FILE);
  expect(files.some((file) => file.startsWith('.prerender'))).toBe(false);
  expect(leftovers()).toEqual([]);
});

describe('a failure leaves dist/ exactly as it was', () => {
  const expectUntouched = (result: { status: number | null; output: string }, step: RegExp) => {
    expect(result.status).toBe(1);
    expect(result.output).toMatch(step);
    expect(result.output).toContain('什么都没有发布：dist/ 保持原样。');
    expect(fingerprint(join(root, 'dist'))).toEqual(published);
    expect(leftovers()).toEqual([]);
  };

  test('in the content check', () => {
    const report = join(root, 'content/2017/report.json');
    const good = readFileSync(report, 'utf8');
    writeFileSync(report, good.replace('"year": 2017', '"year": "2017"'));
    try {
      expectUntouched(build(), /build：已停止，.*check\.ts 失败/);
    } finally {
      writeFileSync(report, good);
    }
  });

  test.each([
    [
      'in the site build',
      'fail-site-build',
      /build：已停止，astro build --force --outDir \S+\/site 失败/,
    ],
    [
      'in finishing the pages',
      'fail-finishing',
      /cards\.ts.* 用时[\s\S]*2017\/index\.html 链接了 PDF pdf\/2017\/missing\.pdf，但 PDF 步骤没有生成这个文件。[\s\S]*build：已停止，完成页面失败。/,
    ],
  ])('%s', (_name, marker, step) => {
    writeFileSync(join(root, marker), '');
    try {
      expectUntouched(build(), step);
    } finally {
      rmSync(join(root, marker));
    }
  });

  test('in the PDF step', () => {
    // A Chromium that is there but does not start: the build begins, and its PDF step fails.
    const broken = join(root, 'broken-chromium');
    writeFileSync(broken, '#!/bin/sh\nexit 1\n');
    chmodSync(broken, 0o755);
    expectUntouched(
      build({ CHROMIUM_PATH: broken }),
      /build：已停止，.*pdf\.ts --site \S+ --out \S+ 失败/,
    );
  });

  test('in the search index', () => {
    const bin = join(root, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(
      join(bin, 'pagefind'),
      '#!/bin/sh\necho "pagefind fails on purpose" >&2\nexit 1\n',
    );
    chmodSync(join(bin, 'pagefind'), 0o755);
    expectUntouched(build({ PATH: npmPath(bin) }), /build：已停止，pagefind --site \S+ 失败/);
  });
});
