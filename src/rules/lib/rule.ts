import type { ContentProblem } from '../../data/content/problems.ts';
import type { SourceFile } from '../../pipeline/sources.ts';
import type { YearContent } from '../../data/content/year-content.ts';

export type { SourceFile };

/** What a rule looks at: the raw files, the years read and validated from them, and what reading found. */
export interface RuleContext {
  /** The project root (or a fixture's). */
  root: string;
  sources: readonly SourceFile[];
  years: readonly YearContent[];
  /** Problems found while the files were read (frontmatter, MDX syntax, schemas), with their rules. */
  read: readonly ContentProblem[];
}

/** A problem as a rule reports it; the runner adds the rule's id and severity. */
export type Report = Omit<ContentProblem, 'rule' | 'severity'>;

/**
 * One check of the content, in the shape lint tools give their rules: a stable id an editor can
 * look up in content/README.md, one sentence of what it protects, and the check itself. A rule
 * whose check reads files (pictures) returns a promise.
 */
export interface Rule {
  /** Kebab-case, the rule's file name, never renamed once published in the editors' guide. */
  id: string;
  /** One sentence, in Chinese: what the rule protects. */
  description: string;
  /** A warning is printed, counted and listed, but stops nothing. */
  severity?: 'error' | 'warning';
  check(context: RuleContext): Report[] | Promise<Report[]>;
}
