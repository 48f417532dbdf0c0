/**
 * The check's own words on one entry, before the CMS saves it: the entry's data against its kind's
 * schema, then the rules that need nothing but that file's data. A wrong entry is stopped in the
 * browser with the message `npm run check` would print for it; rules that compare files (a
 * restatement against the year before, a case against its chapter) run in the pull request's check.
 */
import type { ContentProblem } from '../data/content/problems.ts';
import type { YearContent } from '../data/content/year-content.ts';
import { validateData } from '../pipeline/validate-data.ts';
import { kpiValueRange } from '../rules/kpi-value-range.ts';
import { kpiYears } from '../rules/kpi-years.ts';
import { inData } from '../rules/lib/placeholders.ts';
import type { Rule } from '../rules/lib/rule.ts';
import { reportPeriod } from '../rules/report-period.ts';
import { tableColumns } from '../rules/table-columns.ts';
import { uniqueKpiId } from '../rules/unique-kpi-id.ts';
import { CONTENT_KINDS, type CollectionName } from '../schemas/content-kinds.ts';

/** Rules that read one file's data only, so an entry alone decides them. */
export const ENTRY_RULES: readonly Rule[] = [
  kpiValueRange,
  kpiYears,
  uniqueKpiId,
  reportPeriod,
  tableColumns,
  {
    id: 'placeholder-text',
    description: '字段中没有占位文字（正文由拉取请求中的检查查看）。',
    check: ({ years }) =>
      years.flatMap((year) =>
        [
          year.report,
          year.pillars,
          year.honours,
          year.kpis,
          year.tables,
          ...year.cases,
          ...year.chapters,
        ].flatMap((entry) => (entry ? inData(entry) : [])),
      ),
  },
];

export interface EntryToCheck {
  kind: CollectionName;
  year: number;
  /** The file's path from the project root, as the check names it. */
  file: string;
  /** The entry's data as the CMS holds it: an MDX file's frontmatter, without its text. */
  data: unknown;
}

/** Every problem the check would report for this entry's data alone, in its words. */
export function checkEntry({ kind, year, file, data }: EntryToCheck): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const valid = validateData(CONTENT_KINDS[kind].schema, file, data, '', 1, problems);
  if (valid === undefined) return problems;
  const { field, many } = CONTENT_KINDS[kind];
  const entry = { id: file.replace(/^.*\/|\.\w+$/g, ''), file, data: valid };
  const content = {
    year,
    report: undefined,
    chapters: [],
    cases: [],
    pillars: undefined,
    honours: undefined,
    kpis: undefined,
    tables: undefined,
    [field]: many ? [entry] : entry,
  } as unknown as YearContent;
  const context = { root: '', sources: [], years: [content], read: [] };
  return ENTRY_RULES.flatMap((rule) =>
    (rule.check(context) as ContentProblem[]).map((report) => ({
      ...report,
      rule: rule.id,
      severity: rule.severity ?? 'error',
    })),
  );
}
