import { cellKey, showValue, valuesAsFirstPublished } from '../data/kpi/corrections.ts';
import type { ContentProblem } from '../data/content/problems.ts';
import type { YearContent } from '../data/content/year-content.ts';
import { checkSeals, isLegacy, readSeals, SEALS_FILE, type Seals } from '../pipeline/seals.ts';
import { sourceText } from '../pipeline/source-text.ts';
import type { Rule } from './lib/rule.ts';

/**
 * Each figure of a sealed year's kpis.json that differs from the value it was sealed with, and that
 * no correction declares, at its own line: so that a pull request shows it beside that line.
 */
function changedFigures(seals: Seals | undefined, years: readonly YearContent[]): ContentProblem[] {
  return years.flatMap((content) => {
    const seal = seals?.[String(content.year)];
    const kpis = content.kpis;
    if (!seal || isLegacy(seal) || !kpis) return [];
    const first = valuesAsFirstPublished(kpis.data);
    return kpis.data.groups.flatMap((group, g) =>
      group.rows.flatMap((row, r) =>
        Object.entries(seal.kpis[row.id] ?? {}).flatMap(([dataYear, was]): ContentProblem[] => {
          const now = first.get(cellKey(row.id, dataYear));
          if (now === undefined || now === was) return [];
          return [
            {
              file: kpis.file,
              field: `groups[${g}].rows[${r}].values.${dataYear}`,
              message: `《${content.year} 降碳报告》发布时，指标 ${JSON.stringify(row.id)} ${dataYear} 年的数值为 ${showValue(was)}，而本表现在是 ${showValue(now)}。已发布的数值只能以声明更正的方式改变。请改回 ${showValue(was)}；若是更正，请在 "corrections" 中加上 { "kpi": "${row.id}", "year": ${dataYear}, "published": ${JSON.stringify(was)}, "corrected": ${JSON.stringify(now)}, "reason": "待填写：更正的原因", "date": "待填写：更正发布的日期 YYYY-MM-DD" }，把两处“待填写”换成实际内容，再运行 npm run seal -- ${content.year}。`,
            },
          ];
        }),
      ),
    );
  });
}

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export const publishedUnchanged: Rule = {
  id: 'published-unchanged',
  description:
    '已发布年份的文件保持发布时的样子（由 `npm run seal` 记录在 `content/published.json` 中），已发布的内容只能有意地、经过封存才能修改。',
  check: ({ root, years, sources }) => {
    const published = years.filter((c) => c.report && !c.report.data.draft).map((c) => c.year);
    try {
      const seals = readSeals(root);
      const files = checkSeals(root, seals, published);
      // A sealed kpis.json that changed: each of its changed figures too, at its line.
      const changed = new Set(files.map((p) => p.file));
      return [...files, ...changedFigures(seals, years).filter((p) => changed.has(p.file))];
    } catch (error) {
      // A published.json that is not JSON is json-syntax's to report, with its line.
      const source = sources.find((s) => s.file === SEALS_FILE);
      const text = source && sourceText(source);
      if (text !== undefined && !isJson(text)) return [];
      return [
        {
          file: SEALS_FILE,
          field: '(file)',
          message: `无法读取这个文件（${(error as Error).message}）。它应是 npm run seal 写出的封存记录，编辑不应手动修改。请从 git 恢复它：git checkout HEAD -- ${SEALS_FILE}。`,
        },
      ];
    }
  },
};
