import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { ContentError } from '../problems.ts';
import { SOURCE_RULES } from './index.ts';
import { readSources } from './read-sources.ts';
import { runRules } from './run.ts';

/**
 * Astro's glob loader, after the rules about the files themselves: it would publish GBK bytes as
 * garbage, stop at a JSON byte order mark with "Unexpected token", and keep only one of two files
 * with the same id. `base` is relative to the project root, `pattern` to `base`.
 */
export function checkedGlob(
  options: Parameters<typeof glob>[0] & { pattern: string; base: string },
): Loader {
  const loader = glob(options);
  const matches = new RegExp(
    `^${options.base.replace(/^\.\//, '')}/${options.pattern.replaceAll('.', '\\.').replaceAll('*', '[^/]*')}$`,
  );
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sources = readSources(root).filter(({ file }) => matches.test(file));
      const problems = runRules(SOURCE_RULES, { sources, years: [] });
      if (problems.length > 0) throw new ContentError(problems);
      return loader.load(context);
    },
  };
}
