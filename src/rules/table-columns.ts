import type { Rule } from './lib/rule.ts';

export const tableColumns: Rule = {
  id: 'table-columns',
  description: 'Every row of a table in tables.json has one value per column.',
  check: ({ years }) =>
    years.flatMap(({ tables }) =>
      (tables?.data.tables ?? []).flatMap((table, i) =>
        table.rows.flatMap((row, r) =>
          row.values.length === table.columns.length
            ? []
            : [
                {
                  file: tables?.file ?? '',
                  field: `tables[${i}].rows[${r}].values`,
                  message: `The row "${row.label}" has ${row.values.length === 1 ? '1 value' : `${row.values.length} values`} for ${table.columns.length} columns. Give one value per column.`,
                },
              ],
        ),
      ),
    ),
};
