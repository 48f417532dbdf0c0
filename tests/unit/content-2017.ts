import { resolve } from 'node:path';
import { readContent } from '../../src/pipeline/read-content.ts';
import type { ContentProblem } from '../../src/data/content/problems.ts';
import { RULES } from '../../src/rules/index.ts';
import { runRules } from '../../src/rules/lib/run.ts';
import type { Sourced, YearContent } from '../../src/data/content/year-content.ts';
import { isDocument, parseMdx } from '../../src/pipeline/mdx-document.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The real 2017 content, read and validated as the build reads it. */
export function realYear(): YearContent {
  const { years, read } = readContent(PROJECT_ROOT);
  if (read.length > 0) throw new Error(JSON.stringify(read, null, 2));
  return years.find((y) => y.year === 2017)!;
}

/** A deep copy to break on purpose. */
export function copyYear(): YearContent {
  return structuredClone(realYear());
}

/** Every content rule over years built in a test (files on disk are the project's own). */
export function problemsOf(years: YearContent[]): Promise<ContentProblem[]> {
  return runRules(RULES, { root: PROJECT_ROOT, sources: [], years, read: [] });
}

/** Gives an MDX entry a new text below its frontmatter, parsed again as the reader parses it. */
export function setBody(entry: Sourced<unknown>, body: string): void {
  const frontmatter = (entry.text ?? '')
    .split('\n')
    .slice(0, entry.bodyStartLine ?? 0)
    .join('\n');
  entry.text = `${frontmatter}\n${body}`;
  entry.body = body;
  const parsed = parseMdx(entry.text);
  if (!isDocument(parsed)) throw new Error(`not MDX: ${parsed.reason}`);
  entry.document = parsed;
}
