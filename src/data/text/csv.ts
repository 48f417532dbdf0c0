/**
 * CSV for spreadsheets, through csv-stringify: UTF-8 with a BOM (so Excel reads the Chinese), CRLF
 * lines, every field quoted. Text that a spreadsheet would take for a formula (starting with `=`,
 * `+`, `-`, `@`, a tab or a carriage return, or the full-width `＝＋－＠`) is prefixed with `'` so
 * that it stays text; a number stays a number, even a negative one.
 */
import { stringify } from 'csv-stringify/sync';
import { formatNumber } from './format.ts';

/** A cell: text (guarded against formulas), a number (written as the table prints it), or empty. */
export type CsvCell = string | number | null;

export function spreadsheetCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      bom: true,
      quoted: true,
      quoted_empty: true,
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: { number: (value) => formatNumber(value) },
    },
  );
}
