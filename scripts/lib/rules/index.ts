/** Every rule `npm run check` runs: those that stop the build too, and those of the check alone. */
import { CONTENT_RULES, SOURCE_RULES } from '../../../src/data/rules/index.ts';
import { foundWhileReading, type CheckRule } from './context.ts';
import { jsonNumberRange } from './json-number-range.ts';
import { jsonSyntax } from './json-syntax.ts';
import { mdxCompiles, mdxSafe } from './mdx.ts';
import { photoExists } from './photo-exists.ts';
import { publishedUnchanged } from './published-unchanged.ts';
import { yearFolderName } from './year-folder-name.ts';

/** Rules that only `npm run check` runs (Astro validates, compiles and parses on its own). */
export const CHECK_ONLY_RULES: readonly CheckRule[] = [
  yearFolderName,
  jsonSyntax,
  jsonNumberRange,
  foundWhileReading(
    'frontmatter-syntax',
    'The frontmatter of every chapter and case is valid YAML, so that it can be read at all.',
  ),
  foundWhileReading(
    'schema',
    'Every field of every file has the name, type and form its schema documents (src/schemas/).',
  ),
  mdxCompiles,
  mdxSafe,
  photoExists,
  publishedUnchanged,
];

/** Rules that stop `astro build` as well as the check. */
export const BUILD_RULES: readonly CheckRule[] = [...SOURCE_RULES, ...CONTENT_RULES];

export const ALL_RULES: readonly CheckRule[] = [...CHECK_ONLY_RULES, ...BUILD_RULES];
