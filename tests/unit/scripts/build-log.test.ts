import { expect, test } from 'vitest';
import {
  pdfFileLine,
  pdfSummaryLine,
  readBuildLog,
  stepLine,
} from '../../../scripts/lib/build-log.ts';
import { publishSteps } from '../../../scripts/lib/publish-steps.ts';

test('the build log is read back as written: every step of the publishing build, and the PDFs', () => {
  const steps = publishSteps({ site: '.cache/publish-1/site', pdfs: 'p', cards: 'c' });
  const log = [
    ...steps.map((step, i) =>
      'work' in step
        ? stepLine('完成页面（47 页，62 个 PDF 大小）', false, i + 0.25)
        : stepLine([step.command, ...step.args].join(' '), true, i + 0.25),
    ),
    pdfFileLine('chinalco-2017-carbon-report-04-operations.pdf', 515_000, 10),
    pdfFileLine('chinalco-2017-carbon-report-01-foreword.pdf', 124_000, 6.4),
    pdfSummaryLine({ all: 14, rendered: 2, reused: 12 }, '.cache/pdf', 3.6, 11.8),
  ].join('\n');
  expect(readBuildLog(log)).toEqual({
    phases: { check: 0.3, site: 1.3, pdf: 2.3, cards: 3.3, finish: 4.3, search: 5.3 },
    pdfs: { all: 14, rendered: 2, reused: 12 },
    renderedFiles: [
      'chinalco-2017-carbon-report-01-foreword.pdf',
      'chinalco-2017-carbon-report-04-operations.pdf',
    ],
  });
});

test('an editor reads the lines in Chinese', () => {
  expect(stepLine('pagefind --site dist', true, 0.42)).toBe(
    'build：pagefind --site dist 用时 0.4 秒',
  );
  expect(pdfSummaryLine({ all: 14, rendered: 0, reused: 14 }, '.cache/pdf', 3.61, 0.55)).toBe(
    'pdf：共 14 个 PDF，新生成 0 个，取自缓存（.cache/pdf/）14 个；共 3.6 MB，用时 0.6 秒',
  );
});
