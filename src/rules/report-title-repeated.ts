import { showValue } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';

export const reportTitleRepeated: Rule = {
  id: 'report-title-repeated',
  severity: 'warning',
  description:
    '每年报告的标题与更早年份的不同；相同多半是复制时忘了改，读者会分不清两年的报告，所以给出警告。',
  check: ({ years }) =>
    years.flatMap((content): Report[] => {
      const report = content.report;
      if (!report) return [];
      const other = years.find(
        (y) => y.year < content.year && y.report?.data.title.trim() === report.data.title.trim(),
      );
      if (!other) return [];
      return [
        {
          file: report.file,
          field: 'title',
          message: `标题 ${showValue(report.data.title)} 与 ${other.year} 年报告（${other.report!.file}）的标题相同，读者在目录、搜索和 PDF 中会分不清两年的报告。请写 ${content.year} 年报告封面上印的标题（如 "${content.year} 降碳报告"）；若两年确实同名，可以忽略这条警告。`,
        },
      ];
    }),
};
