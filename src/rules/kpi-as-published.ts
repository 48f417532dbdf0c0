import type { Rule } from './lib/rule.ts';

export const kpiAsPublished: Rule = {
  id: 'kpi-as-published',
  description:
    'The text a KPI row gives "asPublished" for a year shows the number it holds for that year, written as the report printed it.',
  check: ({ years }) =>
    years.flatMap(({ kpis }) =>
      (kpis?.data.groups ?? []).flatMap((group, g) =>
        group.rows.flatMap((row, r) =>
          Object.entries(row.asPublished ?? {}).flatMap(([year, printed]) => {
            const value = row.values[year];
            if (
              typeof value === 'number' &&
              Number.parseFloat(printed.replace(/^\+/, '')) === value
            )
              return [];
            return [
              {
                file: kpis?.file ?? '',
                field: `groups[${g}].rows[${r}].asPublished.${year}`,
                message: `The printed text "${printed}" does not show the value ${JSON.stringify(value)} of ${year}. "asPublished" may only change how a number is written (like "14.45%" or "+12.2" for 14.45 or 12.2), never the number.`,
              },
            ];
          }),
        ),
      ),
    ),
};
