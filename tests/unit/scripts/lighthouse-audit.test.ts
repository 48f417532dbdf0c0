/**
 * What the benchmark reads from a Lighthouse report (scripts/lib/lighthouse-audit.ts): the largest
 * paint's element and phases, the main thread's work, and the median of several runs.
 */
import { expect, test } from 'vitest';
import { type Lhr, medianOfRuns, toResult } from '../../../scripts/lib/lighthouse-audit.ts';
import { largestPaintTable } from '../../../scripts/lib/bench-table.ts';

const report = (lcp: number, tbt: number): Lhr => ({
  categories: {
    performance: { score: 0.99, auditRefs: [] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
  },
  audits: {
    'largest-contentful-paint': { score: 1, numericValue: lcp },
    'total-blocking-time': { score: 1, numericValue: tbt },
    'cumulative-layout-shift': { score: 1, numericValue: 0.0004 },
    'color-contrast': { score: 1 },
    'largest-contentful-paint-element': {
      score: null,
      details: {
        type: 'list',
        items: [
          { type: 'table', items: [{ node: { selector: 'main > h1', nodeLabel: '降碳' } }] },
          {
            type: 'table',
            items: [
              { phase: 'TTFB', timing: 602.4 },
              { phase: 'Render Delay', timing: 150.6 },
            ],
          },
        ],
      },
    },
    'mainthread-work-breakdown': {
      score: 1,
      details: {
        items: [
          { group: 'styleLayout', groupLabel: 'Style & Layout', duration: 80.2 },
          { group: 'scriptEvaluation', groupLabel: 'Script Evaluation', duration: 120.7 },
        ],
      },
    },
  },
});

test('reads the largest paint, its phases and the main thread from the report', () => {
  expect(toResult('/2017/', report(900.4, 12))).toEqual({
    page: '/2017/',
    scores: { performance: 99, accessibility: 100, 'best-practices': 0, seo: 0 },
    lcpMs: 900,
    tbtMs: 12,
    cls: 0,
    lcpElement: 'main > h1',
    lcpPhases: { TTFB: 602, 'Render Delay': 151 },
    mainThread: { 'Script Evaluation': 121, 'Style & Layout': 80 },
    failing: [],
  });
});

test('takes the median of each figure on its own, and the typical run for the largest paint', () => {
  const runs = [
    toResult('/2017/', report(1500, 10)),
    toResult('/2017/', report(800, 90)),
    toResult('/2017/', report(950, 40)),
  ];
  runs[1]!.lcpElement = 'main > p';
  const result = medianOfRuns(runs);
  expect(result.lcpMs).toBe(950);
  expect(result.tbtMs).toBe(40);
  expect(result.lcpElement).toBe('main > h1');
  expect(result.tbtRunsMs).toEqual([10, 90, 40]);
  expect(medianOfRuns(runs.slice(0, 2)).tbtMs).toBe(50);
  expect(() => medianOfRuns([])).toThrow();
});

test('tables each page with what its largest paint is and waits for', () => {
  const table = largestPaintTable([toResult('/2017/', report(900, 12))]);
  expect(table.split('\n')[2]).toBe(
    '| /2017/ | 99 | 0.90 s | 12 ms | 0 | `main > h1` | TTFB 602, Render Delay 151 | Script Evaluation 121, Style & Layout 80 |',
  );
});
