import { showValue } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';

export const reportPeriod: Rule = {
  id: 'report-period',
  description:
    '`report.json` 中 "period" 的起止日期都在报告所属的年份之内，且结束日期不早于开始日期。',
  check: ({ years }) =>
    years.flatMap(({ year: folder, report }) => {
      // A report.json in the wrong year's folder is report-year's to report.
      if (!report || report.data.year !== folder) return [];
      const reports: Report[] = [];
      const { year, period } = report.data;
      for (const key of ['start', 'end'] as const) {
        const date = period[key];
        if (Number(date.slice(0, 4)) !== year)
          reports.push({
            file: report.file,
            field: `period.${key}`,
            message: `报告期${key === 'start' ? '开始' : '结束'}于 ${showValue(date)}，不在报告所属的 ${year} 年之内。应为 ${year} 年的日期。请改正 "${key}"，如 "${year}-${key === 'start' ? '01-01' : '12-31'}"。`,
          });
      }
      if (period.end < period.start)
        reports.push({
          file: report.file,
          field: 'period.end',
          message: `报告期结束于 ${showValue(period.end)}，早于开始日期 ${showValue(period.start)}。"end" 应为报告涵盖的最后一天，不早于 "start"。请改正日期（是否把两个日期写反了？）。`,
        });
      return reports;
    }),
};
