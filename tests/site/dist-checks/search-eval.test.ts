/**
 * Search ranks right beyond its own test: the evaluation generated from the built pages
 * (scripts/lib/search-eval.ts), run on dist/'s index with the site's ranking. Floors on the
 * held-out half, which the ranking was not tuned on (`npm run bench -- --search` prints the
 * figures). After `npm run build`.
 */
import { beforeAll, expect, test } from 'vitest';
import { DIST } from '../../support/built-site.ts';
import { runSearchEval, type SearchEvalReport } from '../../../scripts/lib/search-run.ts';

let report: SearchEvalReport;
beforeAll(async () => {
  report = await runSearchEval(DIST);
});

test('hundreds of queries, split into two halves', () => {
  expect(report.halves.all.queries).toBeGreaterThanOrEqual(200);
  expect(report.halves['held-out'].queries).toBeGreaterThanOrEqual(100);
  expect(report.pairs['held-out'].queries).toBeGreaterThanOrEqual(20);
  expect(Object.keys(report.byKind).sort()).toEqual(['case', 'heading', 'kpi', 'pair', 'phrase']);
});

test('held-out half: the right place first for 97 %, in the top three for 99 %', () => {
  const misses = report.runs
    .filter((run) => run.half === 'held-out' && run.rank !== 1)
    .map((run) => `${run.query} → ${run.page}#${run.anchor ?? ''}: ${JSON.stringify(run.shown)}`);
  expect(report.halves['held-out'].top1, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  expect(report.halves['held-out'].top3, misses.join('\n')).toBeGreaterThanOrEqual(0.99);
});

test('two-word queries of the held-out half: the right page first for 95 %', () => {
  expect(report.pairs['held-out'].top1).toBeGreaterThanOrEqual(0.95);
});
