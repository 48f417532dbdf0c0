import type { MdxDocument } from '../../pipeline/mdx-document.ts';
import type { CaseData } from '../../schemas/case.ts';
import type { ChapterData } from '../../schemas/chapter.ts';
import type { DataTable } from '../../schemas/data-table.ts';
import type { Honour } from '../../schemas/honour.ts';
import type { KpiTable } from '../../schemas/kpi.ts';
import type { Pillar } from '../../schemas/pillar.ts';
import type { Report } from '../../schemas/report.ts';

/** A validated entry together with where it came from. */
export interface Sourced<T> {
  /** The entry's own id within its year (a chapter or case id). */
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  data: T;
  /** The raw MDX body, for chapters and cases. */
  body?: string;
  /** How many lines of the file precede the body (the frontmatter). */
  bodyStartLine?: number;
  /** The file's text as read (UTF-8, without byte order mark), to locate fields in it. */
  text?: string;
  /** An MDX file's syntax tree, and its headings, tags and links read off it. */
  document?: MdxDocument;
}

/** Everything one year folder holds, validated field by field but not yet checked as a whole. */
export interface YearContent {
  /** The year named by the folder. */
  year: number;
  report: Sourced<Report> | undefined;
  chapters: Sourced<ChapterData>[];
  cases: Sourced<CaseData>[];
  pillars: Sourced<{ pillars: Pillar[] }> | undefined;
  honours: Sourced<{ honours: Honour[] }> | undefined;
  kpis: Sourced<KpiTable> | undefined;
  tables: Sourced<{ tables: DataTable[] }> | undefined;
  /** Ids of chapters and cases marked draft and left out of this build (production only). */
  hiddenDrafts?: ReadonlySet<string>;
  /**
   * Files that exist but could not be read (their problems are reported already), as
   * "kpis.json", "chapters/<id>" or "cases/<id>": checks that depend on them stand aside.
   */
  unreadable?: ReadonlySet<string>;
}
