import { parse } from 'csv-parse/sync';

/** The CSV the site writes, read back for tests: strict about quotes, CRLF lines. */
export function parseCsv(text: string): string[][] {
  return parse(text, { record_delimiter: '\r\n', relax_column_count: false });
}
