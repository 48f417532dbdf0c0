/** A problem in the content, told so that an editor can find and fix it. */
export interface ContentProblem {
  /** The file, relative to the project root, e.g. content/2017/cases/x.mdx. */
  file: string;
  /** The field path in that file, e.g. figures[2].value, or "body" for the MDX text. */
  field: string;
  /** The line in the file, where known. */
  line?: number;
  /** What is wrong, what was expected and how to fix it, in full sentences. */
  message: string;
  /** The id of the rule that found it (content/README.md lists every rule), set by the runner. */
  rule?: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const rule = problem.rule ? ` [${problem.rule}]` : '';
  return `${where} › ${problem.field}: ${problem.message}${rule}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The content has ${count}; nothing was published.\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`;
}

/** Thrown by the build when the content is not consistent; the message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** "did you mean …?" for a value that is close to one of the known ones. */
export function suggest(value: string, known: readonly string[]): string {
  const close = known
    .map((candidate) => ({ candidate, distance: editDistance(value, candidate) }))
    .filter(({ distance, candidate }) => distance <= Math.max(2, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.distance - b.distance)[0];
  return close ? ` Did you mean "${close.candidate}"?` : '';
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}
