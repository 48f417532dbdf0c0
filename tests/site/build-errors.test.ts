import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT, productionBuildEnv } from './built-site.ts';

/** Builds a fixture site under tests/fixtures/ with the real src/; returns its exit code and output. */
function buildFixture(name: string) {
  const root = join(PROJECT_ROOT, 'tests/fixtures', name);
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
    {
      cwd: root,
      encoding: 'utf8',
      env: productionBuildEnv(),
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, root };
}

test('an unknown pillar id stops the build, naming the file, the field and the known ids', () => {
  const { status, output, root } = buildFixture('unknown-pillar');
  expect(status).not.toBe(0);
  expect(output).toContain(
    'content/2017/cases/a-case.mdx › pillars[0]: "managment" is not a pillar of 2017. Expected one of "management". Did you mean "management"?',
  );
  expect(existsSync(join(root, 'dist/2017/intro/index.html'))).toBe(false);
});

test('MDX that could run as code stops the build itself, not only the check, naming the file and every line', () => {
  const { status, output, root } = buildFixture('unsafe-mdx');
  expect(status).not.toBe(0);
  expect(output).toContain(
    'content/2017/chapters/01-intro.mdx cannot be published: it holds 3 things that could run as code.',
  );
  expect(output).toContain(
    '- line 10: the link address "javascript:alert(1)" is not allowed. Use an https://, http:// or mailto: address, a #section or a path on this site.',
  );
  expect(output).toContain('- line 12: <img> is not one of the tags a chapter may use');
  expect(output).toContain(
    '- line 14: {globalThis.process.exit(0)} is a JavaScript expression; only {/* comments */} are allowed.',
  );
  expect(existsSync(join(root, 'dist/2017/intro/index.html'))).toBe(false);
});

test('the dev server shows the same MDX as an error, never as script', async () => {
  const root = join(PROJECT_ROOT, 'tests/fixtures/unsafe-mdx');
  const port = 4391;
  const server = spawn(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--root',
      root,
      '--port',
      `${port}`,
    ],
    { cwd: root, stdio: 'pipe', env: productionBuildEnv() },
  );
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const page = () =>
    fetch(`http://127.0.0.1:${port}/2017/intro/`)
      .then((response) => response.text())
      .catch(() => '');
  try {
    // Until the dev server has its routes, it answers "Cannot GET" or not at all.
    const ready = (html: string) => html.includes('<title>') && !html.includes('Cannot GET');
    let html = '';
    for (let attempt = 0; attempt < 480 && !ready(html); attempt++) {
      html = await page();
      if (!ready(html)) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(html).toContain('<title>MDXError</title>');
    expect(html).not.toMatch(/onerror|javascript:|process\.exit/i);
    expect(log).toContain(
      'content/2017/chapters/01-intro.mdx cannot be published: it holds 3 things that could run as code.',
    );
  } finally {
    server.kill();
  }
});

/** The first line of each rule's message in the build's output, as `npm run check` words it. */
const BUILD_STOPS: [fixture: string, line: string][] = [
  [
    'build-draft-case-in-published-chapter',
    '- content/2017/chapters/01-intro.mdx:23 › body: <Case id="a-case" /> places the case "a-case", which is marked "draft: true", in a chapter that is published, so the published page would have a hole. Remove "draft: true" from the case when it is ready; until then remove the tag, or mark the chapter "draft: true" too. [draft-placement]',
  ],
  [
    'build-draft-chapter-holding-case',
    '- content/2017/cases/a-case.mdx › chapter: The case is published, but its chapter "intro" is marked "draft: true", so the case would have no page to stand on. Mark the case "draft: true" as well, or remove "draft: true" from the chapter when it is ready. [draft-placement]',
  ],
  [
    'build-not-utf8',
    '- content/2017/cases/a-case.mdx:2 › (file): The file is not UTF-8 (it looks saved as GBK or another legacy encoding), so its Chinese text would be published as garbage. Open it in your editor and save it as UTF-8 ("UTF-8", not "GBK" or "ANSI", in the encoding menu of the save dialog). [file-encoding]',
  ],
  [
    'build-bom-in-json',
    '- content/2017/pillars.json:1 › (file): The file starts with a byte order mark (BOM), which the site cannot read in a JSON file. Save it as UTF-8 without BOM ("UTF-8", not "UTF-8 with BOM", in the encoding menu of the save dialog). [file-encoding]',
  ],
];

test.each(BUILD_STOPS)(
  '%s: astro build stops with the rule’s message, not a TypeError',
  (fixture, line) => {
    const { status, output, root } = buildFixture(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(`The content has 1 problem; nothing was published.\n${line}\n`);
    expect(output).not.toContain('TypeError');
    expect(existsSync(join(root, 'dist/2017/intro/index.html'))).toBe(false);
  },
);
