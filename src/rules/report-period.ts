import type { Report, Rule } from './lib/rule.ts';

export const reportPeriod: Rule = {
  id: 'report-period',
  description:
    "A report's period starts and ends within its own year, and ends on or after the day it starts.",
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
            message: `The period ${key === 'start' ? 'starts' : 'ends'} on ${date}, outside the report's year ${year}. Write a date in ${year}, like "${year}-${key === 'start' ? '01-01' : '12-31'}".`,
          });
      }
      if (period.end < period.start)
        reports.push({
          file: report.file,
          field: 'period.end',
          message: `The period ends on ${period.end}, before it starts on ${period.start}. Make "end" the last day the report covers, on or after "start" (are the two dates swapped?).`,
        });
      return reports;
    }),
};
