/**
 * JSON as the repository writes it: Prettier's layout with the project's configuration
 * (.prettierrc.json), so that the files the tools write pass `npx prettier --check`.
 */
import { join } from 'node:path';
import * as prettier from 'prettier';

const PROJECT_ROOT = join(import.meta.dirname, '../..');

/**
 * Pretty JSON with a trailing newline. Written compact first, so that Prettier puts each object and
 * list on one line where it fits the print width, like `"values": { "2016": 14.5, "2017": 1.9 }`.
 */
export async function formatJson(value: unknown): Promise<string> {
  // The config's plugins (Astro's) format .astro files only; leaving them out means the JSON
  // printer works from any current directory, where those packages may not resolve.
  const options = { ...(await prettier.resolveConfig(join(PROJECT_ROOT, 'package.json'))) };
  delete options.plugins;
  delete options.overrides;
  return prettier.format(JSON.stringify(value), { ...options, parser: 'json' });
}
