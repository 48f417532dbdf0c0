/** A strict reader for the CSV the site writes (every field quoted, CRLF lines), for tests. */
export function parseCsv(text: string): string[][] {
  return text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const fields: string[] = [];
      const pattern = /"((?:[^"]|"")*)"(?:,|$)/g;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(line))) fields.push((match[1] ?? '').replaceAll('""', '"'));
      return fields;
    });
}
