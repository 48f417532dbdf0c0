import type { YearContent } from '../data/year-content.ts';
import type { Report, Rule } from './lib/rule.ts';

/** The placeholders `npm run new-year` writes into a new year's chapters, like {/* 在此填写本节正文 *\/}. */
export const SCAFFOLD_PLACEHOLDER = /\{\/\*\s*在此填写[^*]*\*\/\}/g;

/** Whether a year's report is finished (not marked draft), so that it will be published. */
const finished = (content: YearContent) =>
  content.report !== undefined && !content.report.data.draft;

/** Whether no KPI row has a value for the report's own year yet (the new-year scaffold leaves them out). */
export function kpiYearStillEmpty(content: YearContent): boolean {
  const kpis = content.kpis?.data;
  const year = String(content.year);
  return (
    kpis !== undefined &&
    kpis.years.includes(content.year) &&
    kpis.groups.every((group) => group.rows.every((row) => row.values[year] === undefined))
  );
}

export const finishedYear: Rule = {
  id: 'finished-year',
  description:
    'A year whose report is no longer marked draft holds no placeholder of the new-year scaffold and has its own KPI values.',
  check: ({ years }) =>
    years.filter(finished).flatMap((content) => {
      const reports: Report[] = [];
      const why = `The ${content.year} report is finished (${content.report?.file} has no "draft": true)`;
      const draftAgain = `or put "draft": true back into ${content.report?.file} until the year is ready`;
      for (const chapter of content.chapters) {
        if (chapter.data.draft) continue;
        const lines = (chapter.text ?? '')
          .split('\n')
          .flatMap((text, i) => (text.match(SCAFFOLD_PLACEHOLDER) ?? []).map(() => i + 1));
        const [first] = lines;
        if (first === undefined) continue;
        reports.push({
          file: chapter.file,
          field: 'body',
          line: first,
          message: `${why}, but the chapter still holds ${lines.length === 1 ? 'a placeholder' : `${lines.length} placeholders`} of the new-year scaffold ("{/* 在此填写…正文 */}"), the first on this line. Write the text in place of each placeholder, ${draftAgain}.`,
        });
      }
      if (kpiYearStillEmpty(content))
        reports.push({
          file: content.kpis?.file ?? `content/${content.year}/kpis.json`,
          field: 'groups',
          message: `${why}, but no KPI row has a value for ${content.year} yet. Write "${content.year}": the number for every row (or "not-reported" where the report prints "-"), ${draftAgain}.`,
        });
      return reports;
    }),
};
