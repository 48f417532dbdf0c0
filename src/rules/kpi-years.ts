import type { Rule } from './lib/rule.ts';

export const kpiYears: Rule = {
  id: 'kpi-years',
  description:
    "A KPI table's year columns reach no further than the report's own year, since no report can give figures for a year that has not ended.",
  check: ({ years }) =>
    years.flatMap(({ year, kpis }) =>
      (kpis?.data.years ?? []).flatMap((column, i) =>
        column > year
          ? [
              {
                file: kpis?.file ?? '',
                field: `years[${i}]`,
                message: `The table has a column for ${column}, after the report's own year ${year}. Remove ${column} from "years" (and its values from the rows), or correct the year.`,
              },
            ]
          : [],
      ),
    ),
};
