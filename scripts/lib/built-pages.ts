import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of a built site, as [URL path without the base, html], in path order. */
export function builtPages(root: string): [string, string][] {
  const pages: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html'))
        pages.push([
          `/${relative(root, path).replace(/index\.html$/, '')}`,
          readFileSync(path, 'utf8'),
        ]);
    }
  };
  walk(root);
  return pages.sort(([a], [b]) => a.localeCompare(b));
}
