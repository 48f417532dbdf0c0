import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

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
  // Hidden files are left out (the globber's default); paths come with forward slashes.
  return globSync(`${folder}/**`, { cwd: root, ignore: ['content/README.md'] })
    .map((file) => ({ file, bytes: readFileSync(join(root, file)) }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}
