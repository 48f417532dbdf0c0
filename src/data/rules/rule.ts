import type { ContentProblem } from '../problems.ts';
import type { YearContent } from '../year-content.ts';

/** A content file as it lies on disk, before any parsing. */
export interface SourceFile {
  /** Path relative to the project root, with forward slashes: content/2017/kpis.json. */
  file: string;
  bytes: Uint8Array;
}

/** What a rule looks at: the raw files, and the years read and validated from them. */
export interface RuleContext {
  sources: readonly SourceFile[];
  years: readonly YearContent[];
}

/** A problem as a rule reports it; the runner adds the rule's id. */
export type Report = Omit<ContentProblem, 'rule'>;

/**
 * One check of the content, in the shape lint tools give their rules: a stable id an editor can
 * look up in content/README.md, one sentence of what it protects, and the check itself.
 */
export interface Rule<C extends RuleContext = RuleContext> {
  /** Kebab-case, never renamed once published in the editors' guide. */
  id: string;
  /** One sentence: what the rule protects. */
  description: string;
  check(context: C): Report[];
}

/** What a rule that reads picture files needs: the project root and the years. */
export interface FileReadingContext {
  root: string;
  years: readonly YearContent[];
}

/** A rule that has to read files as it checks (pictures), so its check is asynchronous. */
export interface AsyncRule {
  id: string;
  description: string;
  check(context: FileReadingContext): Promise<Report[]>;
}
