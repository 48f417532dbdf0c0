/**
 * The site's content loaders: Astro's collections hold exactly what the one reader read and the
 * rules accepted (check-content.ts), so the build, the dev server and `npm run check` cannot
 * disagree. A problem stops the build with the check's own messages; the dev server stays up and
 * shows them on every page until they are fixed. Problems of a draft year, which is not
 * published, are shown as warnings.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTENT_KINDS, type CollectionName } from '../schemas/content-kinds.ts';
import { ContentError, formatProblem } from '../data/content/problems.ts';
import { checkContent, type CheckedContent } from './check-content.ts';
import { readSources } from './sources.ts';
import type { Sourced } from '../data/content/year-content.ts';

let last: { key: string; checked: Promise<CheckedContent> } | undefined;

/** The content checked once for all collections, again only when a file of content/ changed. */
function checkedOnce(root: string, showDrafts: boolean): Promise<CheckedContent> {
  const key = `${showDrafts}|${readSources(root)
    .map(({ file }) => `${file}@${statSync(join(root, file)).mtimeMs}`)
    .join('|')}`;
  if (last?.key !== key) last = { key, checked: checkContent(root, { showDrafts }) };
  return last.checked;
}

/** Loads once, and again whenever a file of content/ changes (the dev server watches). */
async function loadAndWatch(context: LoaderContext, sync: (root: string) => Promise<void>) {
  const root = fileURLToPath(context.config.root);
  await sync(root);
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(join(root, 'content')))
      sync(root).catch((error) => context.logger.error(String(error)));
  });
}

export function contentLoader(name: CollectionName, showDrafts: boolean): Loader {
  const kind = CONTENT_KINDS[name];
  return {
    name: `content-${name}`,
    load: (context) =>
      loadAndWatch(context, async (root) => {
        const { store, logger, watcher, generateDigest } = context;
        const checked = await checkedOnce(root, showDrafts);
        // The dev server (it watches) stays up: the problems collection shows them instead.
        if (checked.problems.length > 0 && !watcher) throw new ContentError(checked.problems);
        // Told once, by the first collection, not once per collection; a draft year's too.
        if (name === 'reports')
          for (const p of [...checked.problems, ...checked.pending, ...checked.warnings])
            logger.warn(formatProblem(p));
        store.clear();
        for (const content of checked.years) {
          const value = (content as unknown as Record<string, unknown>)[kind.field];
          const entries = (kind.many ? value : value ? [value] : []) as Sourced<unknown>[];
          for (const entry of entries) {
            const mdx =
              kind.format === 'mdx'
                ? { body: entry.body ?? '', filePath: entry.file, deferredRender: true }
                : {};
            store.set({
              id: kind.many ? `${content.year}/${entry.id}` : String(content.year),
              data: entry.data as Record<string, unknown>,
              digest: generateDigest(entry.text ?? ''),
              ...mdx,
            });
          }
        }
      }),
  };
}

/**
 * The problems that stop the build, as a collection: empty in a build (the content loaders stop
 * it first); in the dev server, every page shows them (src/data/load/site.ts) until they are fixed.
 */
export function problemsLoader(showDrafts: boolean): Loader {
  return {
    name: 'content-problems',
    load: (context) =>
      loadAndWatch(context, async (root) => {
        context.store.clear();
        (await checkedOnce(root, showDrafts)).problems.forEach((problem, i) =>
          context.store.set({ id: String(i), data: { ...problem } }),
        );
      }),
  };
}
