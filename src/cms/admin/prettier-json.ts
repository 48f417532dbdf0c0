/**
 * JSON files as the repository writes them: Prettier's own layout, run in the browser (its
 * standalone build) with the project's print width, so a file the CMS writes passes
 * `prettier --check`. Prettier formats asynchronously and Decap writes a file synchronously, so
 * the text is formatted before saving (the preSave event, awaited) and looked up when written.
 */
import { format } from 'prettier/standalone';
import * as babel from 'prettier/plugins/babel';
import * as estree from 'prettier/plugins/estree';
import project from '../../../.prettierrc.json';

const formatted = new Map<string, string>();

/** Formats `compact` (the JSON text the CMS lays out) and remembers the result. */
export async function prepareJson(compact: string): Promise<void> {
  if (formatted.has(compact)) return;
  const text = await format(compact, {
    parser: 'json',
    printWidth: project.printWidth,
    plugins: [babel, estree],
  });
  formatted.set(compact, text);
}

/** The formatted text of `compact`, if it was prepared; otherwise `compact` itself. */
export const formattedJson = (compact: string): string => formatted.get(compact) ?? compact;
