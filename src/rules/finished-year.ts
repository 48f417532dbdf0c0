import { showValue } from '../data/content/problems.ts';
import type { YearContent } from '../data/content/year-content.ts';
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
    '不再标为草稿（`"draft": true`）的年份中没有 `npm run new-year` 留下的占位文字，并且有本年的指标数值。',
  check: ({ years }) =>
    years.filter(finished).flatMap((content) => {
      const reports: Report[] = [];
      const why = `${content.year} 年报告将会发布（${content.report?.file} 中已没有 "draft": true）`;
      const draftAgain = `或在 ${content.report?.file} 中加回 "draft": true，等这一年写好再删除`;
      for (const chapter of content.chapters) {
        if (chapter.data.draft) continue;
        const found = (chapter.text ?? '')
          .split('\n')
          .flatMap((text, i) =>
            (text.match(SCAFFOLD_PLACEHOLDER) ?? []).map((p) => [i + 1, p] as const),
          );
        const [first] = found;
        if (first === undefined) continue;
        reports.push({
          file: chapter.file,
          field: 'body',
          line: first[0],
          message: `${why}，但本章还有 ${found.length} 处新年份模板（npm run new-year）留下的占位文字${found.length === 1 ? '' : '，第一处'}在这一行：${showValue(first[1])}。要发布的报告中不能有占位文字。请在每处占位文字的位置写好正文，${draftAgain}。`,
        });
      }
      if (kpiYearStillEmpty(content))
        reports.push({
          file: content.kpis?.file ?? `content/${content.year}/kpis.json`,
          field: 'groups',
          message: `${why}，但还没有任何指标有 ${content.year} 年的数值。要发布的报告应有本年的数值。请在每一行的 "values" 中写上 "${content.year}" 和报告印的数值（报告中印作“-”的，写 "not-reported"），${draftAgain}。`,
        });
      return reports;
    }),
};
