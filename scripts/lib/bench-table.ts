/** The scaling run's results as Markdown tables, for the terminal and the README. */
import type { BuildRun, ScalingRun } from './bench-scaling.ts';
import type { LighthouseResult } from './lighthouse-audit.ts';

const pdfPart = (run: BuildRun) =>
  `${run.total} s (PDFs ${run.phases['pdf'] ?? '–'} s: ${run.pdfs.rendered} rendered, ${run.pdfs.reused} reused)`;

export function scalingTable(runs: ScalingRun[]): string {
  const rows = runs.map((run) =>
    [
      run.years,
      run.pages,
      run.pdfCount,
      `${run.outputMB} MB (PDFs ${run.pdfMB} MB)`,
      `${run.cold.phases['site'] ?? '–'} s`,
      pdfPart(run.cold),
      pdfPart(run.warm),
      pdfPart(run.warmAfterEdit),
      `${(run.warmAfterEdit.total / (run.warmAfterEdit.phases['site'] ?? Number.NaN)).toFixed(1)}×`,
    ].join(' | '),
  );
  return [
    '| years | pages | PDFs | output | site build | cold build | warm build, nothing changed | warm build, one line changed in the newest year | that ÷ its site build |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

export function lighthouseTable(runs: ScalingRun[]): string {
  const rows = runs.flatMap((run) =>
    (run.lighthouse ?? []).map((result) =>
      [
        run.years,
        result.page,
        result.scores.performance,
        result.scores.accessibility,
        result.scores['best-practices'],
        result.scores.seo,
        `${(result.lcpMs / 1000).toFixed(1)} s`,
        `${result.tbtMs} ms`,
        result.cls,
      ].join(' | '),
    ),
  );
  return [
    '| years built | page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** Lighthouse per page type: the scores, the largest paint, what it is and what it waits for. */
export function largestPaintTable(results: readonly LighthouseResult[]): string {
  const phases = (r: LighthouseResult) =>
    Object.entries(r.lcpPhases)
      .map(([phase, ms]) => `${phase} ${ms}`)
      .join(', ');
  const work = (r: LighthouseResult) =>
    Object.entries(r.mainThread)
      .slice(0, 2)
      .map(([kind, ms]) => `${kind} ${ms}`)
      .join(', ');
  return [
    '| page | performance | LCP | TBT | CLS | largest paint | its phases (ms) | main thread (ms) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.map(
      (r) =>
        `| ${r.page} | ${r.scores.performance} | ${(r.lcpMs / 1000).toFixed(2)} s | ${r.tbtMs} ms${r.tbtRunsMs && r.tbtRunsMs.length > 1 ? ` (${Math.min(...r.tbtRunsMs)}–${Math.max(...r.tbtRunsMs)})` : ''} | ${r.cls} | \`${r.lcpElement.replaceAll('|', '\\|')}\` | ${phases(r)} | ${work(r)} |`,
    ),
  ].join('\n');
}
