/**
 * The site's content loader: Astro's collections hold exactly what the one reader read and the
 * rules accepted (check-content.ts), so the build, the dev server and `npm run check` cannot
 * disagree. Any problem stops the build with the check's own messages; in a draft year, which is
 * not published, problems are shown as warnings.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CONTENT_KINDS, type CollectionName } from '../schemas/content-kinds.ts';
import { ContentError, formatProblem } from '../data/problems.ts';
import { checkContent, type CheckedContent } from './check-content.ts';
import { readSources } from './sources.ts';
import type { Sourced } from '../data/year-content.ts';

let last: { key: string; checked: Promise<CheckedContent> } | undefined;

/** The content checked once for all collections, again only when a file of content/ changed. */
function checkedOnce(root: string, showDrafts: boolean): Promise<CheckedContent> {
  const key = `${showDrafts}|${readSources(root)
    .map(({ file }) => `${file}@${statSync(join(root, file)).mtimeMs}`)
    .join('|')}`;
  if (last?.key !== key) last = { key, checked: checkContent(root, { showDrafts }) };
  return last.checked;
}

export function contentLoader(name: CollectionName, showDrafts: boolean): Loader {
  const kind = CONTENT_KINDS[name];
  return {
    name: `content-${name}`,
    load: async ({ config, store, logger, watcher, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { years, problems, warnings } = await checkedOnce(root, showDrafts);
        const draftYears = years
          .filter((y) => y.report?.data.draft)
          .map((y) => `content/${y.year}/`);
        const inDraft = (file: string) => draftYears.some((folder) => file.startsWith(folder));
        const blocking = problems.filter((p) => !inDraft(p.file));
        if (blocking.length > 0) throw new ContentError(blocking);
        // Said once, by the first collection, not once per collection.
        if (name === 'reports')
          for (const p of [...problems, ...warnings]) logger.warn(formatProblem(p));
        store.clear();
        for (const content of years) {
          const value = (content as unknown as Record<string, unknown>)[kind.field];
          const entries = (kind.many ? value : value ? [value] : []) as Sourced<unknown>[];
          for (const entry of entries) {
            const id = kind.many ? `${content.year}/${entry.id}` : String(content.year);
            const mdx =
              kind.format === 'mdx'
                ? { body: entry.body ?? '', filePath: entry.file, deferredRender: true }
                : {};
            store.set({
              id,
              data: entry.data as Record<string, unknown>,
              digest: generateDigest(entry.text ?? ''),
              ...mdx,
            });
          }
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(join(root, 'content'))) sync().catch((e) => logger.error(String(e)));
      });
    },
  };
}
