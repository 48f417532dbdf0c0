import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every .html file under a folder, as paths relative to it, sorted. */
export function htmlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) found.push(relative(root, path));
    }
  };
  walk(root);
  return found.sort();
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
