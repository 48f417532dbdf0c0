import type { Rule } from './rule.ts';

/** A rule whose problems are found while the files are read (src/pipeline/read-content.ts). */
export const foundWhileReading = (id: string, description: string): Rule => ({
  id,
  description,
  check: ({ read }) => read.filter((problem) => problem.rule === id),
});
