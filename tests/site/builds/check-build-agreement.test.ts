/**
 * The check and the build agree: every rule fixture (tests/fixtures/rules/) and every fixture site
 * the build refuses goes through the check (checkContent, what `npm run check` prints) and through
 * Astro's content sync, the first step of `astro build` and of the dev server, whose loader stops
 * the build. Both must fail on the same problems, with the same rule ids and messages, or both
 * pass. Problems of a draft year, which is not published, are what is left to do: the check lists
 * them, and neither stops.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import {
  FIXTURES,
  astro,
  emptyFolder,
  fixtureProject,
  removeFolder,
  runAsync,
} from '../../support/fixture-site.ts';
import { projectOf, ruleFixtures } from '../../support/rule-fixtures.ts';
import { formatProblem } from '../../../src/data/content/problems.ts';
import { checkContent } from '../../../src/pipeline/check-content.ts';

const WORK = emptyFolder(join(FIXTURES, '.work-agreement'));
afterAll(() => removeFolder(WORK));

/** The fixture sites under tests/fixtures/ whose build must stop on their content. */
const REFUSED_SITES = [
  'unknown-pillar',
  'unsafe-mdx',
  'build-bom-in-json',
  'build-not-utf8',
  'build-draft-case-in-published-chapter',
  'build-draft-chapter-holding-case',
];

/** The problems a run lists ("- file:line › field：message [rule]"), sorted. */
const listed = (output: string) =>
  output
    .split('\n')
    .filter((line) => /^- content\/.* › .*\[[a-z0-9-]+\]$/.test(line))
    .sort();

/**
 * The check, run in this process (scripts/check.ts prints the same list; the rule fixtures' own
 * tests pin its output), beside the build's content sync, run as `astro build` runs it.
 */
async function agreement(root: string) {
  const [check, sync] = await Promise.all([
    checkContent(root),
    runAsync(astro('sync', '--root', root), { cwd: root }),
  ]);
  // The check lists its problems, then what is left to do in draft years; warnings only show.
  const problems = listed(
    [...check.problems, ...check.pending].map((p) => `- ${formatProblem(p)}`).join('\n'),
  );
  const passes = check.problems.length === 0 && check.years.length > 0;
  return { check: { status: passes ? 0 : 1 }, sync, problems, built: listed(sync.output) };
}

const cases = [
  // Each case a project of its own, whose astro.config.mjs builds it with the real src/.
  ...ruleFixtures().map(
    (f) => [`${f.rule}/${f.name}`, () => fixtureProject(projectOf(f, WORK))] as const,
  ),
  ...REFUSED_SITES.map(
    (name) =>
      [
        `site ${name}`,
        () =>
          fixtureProject(join(WORK, `site-${name}`), { content: join(FIXTURES, name, 'content') }),
      ] as const,
  ),
];

/** Whether content/<year>/report.json of a project marks the year a draft. */
const isDraft = (root: string, year: string) => {
  try {
    return (
      JSON.parse(readFileSync(join(root, 'content', year, 'report.json'), 'utf8')).draft === true
    );
  } catch {
    return false;
  }
};

test.concurrent.each(cases)('%s: the check and the build agree', async (_name, make) => {
  const root = make();
  const { check, sync, problems, built } = await agreement(root);
  if (check.status !== 0) expect(problems.length).toBeGreaterThan(0);
  const inDraftYear = (line: string) => isDraft(root, /content\/(\d{4})\//.exec(line)?.[1] ?? '');
  // A draft year's problems are listed by the check as left to do; neither stops on them.
  expect(built).toEqual(problems.filter((line) => !inDraftYear(line)));
  expect(sync.status === 0).toBe(problems.every(inDraftYear));
  expect(check.status === 0).toBe(sync.status === 0);
  expect(sync.output).not.toMatch(/TypeError|at [\w.]+ \(/);
});
