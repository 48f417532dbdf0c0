import type { Rule } from './lib/rule.ts';

export const reportYear: Rule = {
  id: 'report-year',
  description: 'The year report.json gives is the year of the folder it stands in.',
  check: ({ years }) =>
    years.flatMap(({ year, report }) =>
      report && report.data.year !== year
        ? [
            {
              file: report.file,
              field: 'year',
              message: `The file says ${report.data.year}, but it is in the folder ${year}. Make "year" ${year}, or move the file to content/${report.data.year}/.`,
            },
          ]
        : [],
    ),
};
