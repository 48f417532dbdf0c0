import type { SourceFile } from './sources.ts';

const BOM = 0xfeff;

/** The text of a file as UTF-8, without a leading byte order mark; undefined if it is not UTF-8. */
export function sourceText(source: SourceFile): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(source.bytes);
    return text.charCodeAt(0) === BOM ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/** Whether the file starts with a UTF-8 byte order mark. */
export function hasBom(source: SourceFile): boolean {
  const [a, b, c] = source.bytes;
  return a === 0xef && b === 0xbb && c === 0xbf;
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
export function firstNonUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}
