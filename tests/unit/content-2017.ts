import { resolve } from 'node:path';
import { readYear } from '../../scripts/lib/read-content.ts';
import type { YearContent } from '../../src/data/year-content.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The real 2017 content, read and validated as the build reads it. */
export function realYear(): YearContent {
  const { content, problems } = readYear(PROJECT_ROOT, 2017);
  if (problems.length > 0) throw new Error(JSON.stringify(problems, null, 2));
  return content;
}

/** A deep copy to break on purpose. */
export function copyYear(): YearContent {
  return structuredClone(realYear());
}
