/**
 * Content the build refuses, built as an editor would (`astro build`, `astro dev`) with the real
 * src/: the build stops with the check's own words (tests/site/builds/check-build-agreement.test.ts
 * compares the two on every fixture); the dev server stays up, shows the problems on the page, never
 * as script, and shows the page again once the file is fixed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  FIXTURES,
  astro,
  fixtureProject,
  removeFolder,
  run,
  scratchFolder,
  script,
  start,
} from '../../support/fixture-site.ts';

/** `astro build` of a fixture site under tests/fixtures/, with the real src/. */
function buildFixture(name: string) {
  const root = join(FIXTURES, name);
  removeFolder(join(root, 'dist'));
  return { ...run(astro('build', '--root', root), { cwd: root }), root };
}

/** `npm run check` on the same fixture, for the lines it prints. */
function checkFixture(name: string) {
  return run(script('check.ts'), { cwd: join(FIXTURES, name), inheritEnv: true })
    .output.split('\n')
    .filter((line) => line.startsWith('- content/'));
}

/** The fixture sites under tests/fixtures/ whose build must stop on their content. */
const REFUSED_SITES = [
  'unknown-pillar',
  'unsafe-mdx',
  'build-draft-case-in-published-chapter',
  'build-draft-chapter-holding-case',
  'build-not-utf8',
  'build-bom-in-json',
];

test.each(REFUSED_SITES)(
  '%s: astro build stops with the check’s words, no stack trace, no page',
  (fixture) => {
    const lines = checkFixture(fixture);
    expect(lines.length).toBeGreaterThan(0);
    const { status, output, root } = buildFixture(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `内容有 ${lines.length} 个问题，什么都没有发布：\n${lines.join('\n')}\n`,
    );
    expect(output).not.toMatch(/TypeError|Stack trace|\n\s+at /);
    expect(existsSync(join(root, 'dist/2017/intro/index.html'))).toBe(false);
  },
);

test('MDX that could run as code stops the build, naming every line, in Chinese', () => {
  const { output } = buildFixture('unsafe-mdx');
  expect(output).toContain(
    '- content/2017/chapters/01-intro.mdx:10 › body：链接地址 "javascript:alert(1)" 不允许发布',
  );
  expect(output).toContain(
    '- content/2017/chapters/01-intro.mdx:12 › body：<img> 不是正文可用的标签。',
  );
  expect(output).toContain(
    '- content/2017/chapters/01-intro.mdx:14 › body：{globalThis.process.exit(0)} 是 JavaScript 表达式',
  );
});

test('the dev server shows the problems instead of the page, never as script, and the page once fixed', async () => {
  const root = fixtureProject(scratchFolder('.work-dev-'), {
    content: join(FIXTURES, 'unsafe-mdx/content'),
  });
  const port = 4391;
  const server = start(astro('dev', '--root', root, '--port', `${port}`), { cwd: root });
  const page = () =>
    fetch(`http://127.0.0.1:${port}/2017/intro/`)
      .then((response) => response.text())
      .catch(() => '');
  /** The page once it answers with a title (until the dev server has its routes, it does not). */
  const until = async (wanted: (html: string) => boolean) => {
    let html = '';
    for (let attempt = 0; attempt < 480 && !wanted(html); attempt++) {
      html = await page();
      if (!wanted(html)) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return html;
  };
  try {
    const refused = await until((html) => html.includes('<title>'));
    expect(refused).toContain('<title>ContentError</title>');
    expect(refused).not.toMatch(/onerror|javascript:|process\.exit/i);
    expect(server.output()).toContain(
      '- content/2017/chapters/01-intro.mdx:12 › body：<img> 不是正文可用的标签。',
    );

    // The editor removes what is not allowed; the page is shown again, without a restart.
    const file = join(root, 'content/2017/chapters/01-intro.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('[链接](javascript&#58;alert(1))', '链接')
        .replace('<img src="x" onerror="alert(1)" />', '')
        .replace('{globalThis.process.exit(0)}', ''),
    );
    const fixed = await until(
      (html) => !html.includes('<title>ContentError</title>') && html.includes('<title>'),
    );
    expect(fixed).toContain('<title>引言');
  } finally {
    server.stop();
    removeFolder(root);
  }
});
