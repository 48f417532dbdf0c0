import type { Rule } from './lib/rule.ts';

export const reportYear: Rule = {
  id: 'report-year',
  description: '`report.json` 中的 "year" 与它所在的年份文件夹一致，报告才会发布在正确的年份下。',
  check: ({ years }) =>
    years.flatMap(({ year, report }) =>
      report && report.data.year !== year
        ? [
            {
              file: report.file,
              field: 'year',
              message: `"year" 写的是 ${report.data.year} 年，但文件在 content/${year}/ 文件夹中。两者应一致。请把 "year" 改为 ${year}，或把这一年的文件移到 content/${report.data.year}/。`,
            },
          ]
        : [],
    ),
};
