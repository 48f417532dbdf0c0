/** The search evaluation's figures and misses as text, for `npm run bench -- --search`. */
import type { Figures } from './search-eval.ts';
import type { QueryRun, SearchEvalReport } from './search-run.ts';

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
const row = (name: string, f: Figures) =>
  `| ${name} | ${f.queries} | ${percent(f.top1)} | ${percent(f.top3)} | ${f.mrr.toFixed(3)} |`;

const miss = (run: QueryRun) =>
  `  ${run.rank ? `#${run.rank}` : '--'}  [${run.kind}] ${run.query} → ${run.page}${run.anchor ? `#${run.anchor}` : ''}; shown: ${
    run.shown
      .map((r) => `${r.page}${r.anchors.length ? ` (${r.anchors.join(', ')})` : ''}`)
      .join(' | ') || 'nothing'
  }`;

export function searchEvalTables(
  report: SearchEvalReport,
  { heldOutMisses = false }: { heldOutMisses?: boolean } = {},
): string {
  const misses = (half: QueryRun['half']) =>
    report.runs.filter((run) => run.half === half && run.rank !== 1).map(miss);
  return [
    '| queries | n | top-1 | top-3 | MRR |',
    '| --- | --- | --- | --- | --- |',
    row('held-out', report.halves['held-out']),
    row('tuning', report.halves.tuning),
    row('all', report.halves.all),
    row('two words, held-out', report.pairs['held-out']),
    row('two words, tuning', report.pairs.tuning),
    row('two words, all', report.pairs.all),
    ...Object.entries(report.byKind).map(([kind, f]) => row(`kind: ${kind}`, f)),
    '',
    `tuning half, not first (${misses('tuning').length}):`,
    ...misses('tuning'),
    ...(heldOutMisses
      ? ['', `held-out half, not first (${misses('held-out').length}):`, ...misses('held-out')]
      : ['', 'held-out misses not shown (--held-out-misses shows them; do not tune on them).']),
  ].join('\n');
}
