/**
 * Every built page against two independent HTML checkers: html-validate (HTML5 content models,
 * ARIA use, accessibility rules; config in .htmlvalidate.json) and the Nu HTML Checker, the W3C's
 * validator (vnu-jar, needs Java). `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { DIST, builtPages } from '../../support/built-site.ts';

const pages = builtPages().map(([path]) => path);
const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

test('html-validate finds nothing on any page', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const findings: string[] = [];
  for (const path of pages) {
    const report = await validator.validateFile(fileOf(path));
    for (const result of report.results)
      for (const m of result.messages)
        findings.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(pages.length).toBeGreaterThan(15);
  expect(findings).toEqual([]);
});

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

test('the Nu HTML Checker finds no error and no warning on any page', () => {
  const jar = createRequire(import.meta.url)('vnu-jar') as string;
  const run = spawnSync(
    'java',
    ['-jar', jar, '--format', 'json', '--stdout', ...pages.map(fileOf)],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error)
    throw new Error(
      `The Nu HTML Checker needs Java (17 or newer): ${run.error.message}. Install it with "apt-get install default-jre-headless" (scripts/setup-system.sh does so as root).`,
    );
  const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] };
  const findings = messages
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    // The checker reads the pages as file: URLs, which have no origin for 'self', and does not match
    // Astro's hashes: its CSP verdicts say nothing about the served site. Chromium enforces the
    // policy in tests/e2e/csp.spec.ts, failing on any violation.
    .filter((m) => !/violates Content Security Policy/.test(m.message))
    .map(
      (m) =>
        `${(m.url ?? '').replace(`file:${DIST}`, '')}:${m.lastLine ?? 0} ${m.type}: ${m.message}`,
    );
  expect(findings).toEqual([]);
});
