import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A content file as it lies on disk, before any parsing. */
export interface SourceFile {
  /** Path relative to the project root, with forward slashes: content/2017/kpis.json. */
  file: string;
  bytes: Uint8Array;
}

/**
 * Every file below content/ (or the given folder of it) but the editors' guide and hidden files
 * (an empty .gitkeep holds a folder open in git; it is not content), sorted by path.
 */
export function readSources(root: string, folder = 'content'): SourceFile[] {
  const entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { file: relative(root, path).replaceAll('\\', '/'), bytes: readFileSync(path) };
    })
    .filter(({ file }) => file !== 'content/README.md')
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}
