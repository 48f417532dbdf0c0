import { showValue } from '../data/content/problems.ts';
import type { Rule } from './lib/rule.ts';
import { list } from './lib/year-structure.ts';

export const tableColumns: Rule = {
  id: 'table-columns',
  description: '`tables.json` 中每个表格的每一行都恰好为每一列给出一个数值，表格才不会错位。',
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
                  message: `表格 ${showValue(table.id)} 的行 ${showValue(row.label)} 有 ${row.values.length} 个数值，而表格有 ${table.columns.length} 列（${list(table.columns)}）。每一列应有一个数值，按列的顺序排列。请${row.values.length < table.columns.length ? '补上缺少的数值' : '删除多出的数值'}。`,
                },
              ],
        ),
      ),
    ),
};
