import { measureOf } from '../data/kpi-series.ts';
import type { Report, Rule } from './lib/rule.ts';

const PERCENT = '%';

export const kpiValueRange: Rule = {
  id: 'kpi-value-range',
  description:
    'A KPI value is possible for what its row measures: an amount or a rate is not negative, and a rate in % (a share) is not above 100, unless the row declares a "range" that allows it.',
  check: ({ years }) =>
    years.flatMap(({ kpis }) => {
      if (!kpis) return [];
      const reports: Report[] = [];
      kpis.data.groups.forEach((group, g) =>
        group.rows.forEach((row, r) => {
          const allows = (range: 'may-be-negative' | 'may-exceed-100') =>
            row.range === range || row.range === 'unbounded';
          for (const [year, value] of Object.entries(row.values)) {
            if (typeof value !== 'number') continue;
            const measure = measureOf(row, Number(year));
            if (measure !== 'amount' && measure !== 'rate') continue;
            const field = `groups[${g}].rows[${r}].values.${year}`;
            const what = measure === 'amount' ? 'an amount' : 'a rate';
            if (value < 0 && !allows('may-be-negative'))
              reports.push({
                file: kpis.file,
                field,
                message: `The KPI "${row.id}" gives ${year} as ${value}, but the row measures ${what} ("measure": "${measure}"), which cannot be negative. Check the sign against the report. If the value is a change, say so with "measure" (or "measureByYear") "change-yoy" or "change-vs-2010"; if this indicator can truly fall below zero, add "range": "may-be-negative" to the row.`,
              });
            if (
              measure === 'rate' &&
              row.unit === PERCENT &&
              value > 100 &&
              !allows('may-exceed-100')
            )
              reports.push({
                file: kpis.file,
                field,
                message: `The KPI "${row.id}" gives ${year} as ${value} %, but the row measures a rate in % (a share), which cannot exceed 100. Check the figure against the report; if this rate can truly exceed 100 % (it is not a share of a whole), add "range": "may-exceed-100" to the row.`,
              });
          }
        }),
      );
      return reports;
    }),
};
