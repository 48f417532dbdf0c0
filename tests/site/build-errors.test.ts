import { spawnSync } from 'node:child_process';
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
