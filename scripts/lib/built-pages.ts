import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * The folder of the editors' CMS (src/pages/admin/): a tool, not a page of the report, so it has no
 * sharing card, PDF or description, and the checks of the report's pages leave it out.
 */
export const ADMIN_FOLDER = 'admin';

/** Every .html file under a folder (the CMS's aside), as paths relative to it, sorted. */
export function htmlFiles(root: string): string[] {
  return globSync('**/*.html', { cwd: root, dot: true, ignore: [`${ADMIN_FOLDER}/**`] }).sort();
}

/** Every HTML page of a built site, as [URL path without the base, html], in path order. */
export function builtPages(root: string): [string, string][] {
  return htmlFiles(root)
    .map((file): [string, string] => [
      `/${file.replace(/index\.html$/, '')}`,
      readFileSync(join(root, file), 'utf8'),
    ])
    .sort(([a], [b]) => a.localeCompare(b));
}
