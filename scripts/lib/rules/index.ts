/** Every rule `npm run check` runs: those that stop the build too, and those of the check alone. */
import { CONTENT_RULES, FILE_READING_RULES, SOURCE_RULES } from '../../../src/data/rules/index.ts';
import type { AsyncRule } from '../../../src/data/rules/rule.ts';
import { foundWhileReading, type CheckRule } from './context.ts';
import { jsonNumberRange } from './json-number-range.ts';
import { jsonSyntax } from './json-syntax.ts';
import { mdxCompiles, mdxSafe } from './mdx.ts';
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
  publishedUnchanged,
];

/** Rules that stop `astro build` as well as the check. */
export const BUILD_RULES: readonly (CheckRule | AsyncRule)[] = [
  ...SOURCE_RULES,
  ...CONTENT_RULES,
  ...FILE_READING_RULES,
];

/** The rules `npm run check` runs in one pass over what it has read. */
export const SYNC_RULES: readonly CheckRule[] = [
  ...CHECK_ONLY_RULES,
  ...SOURCE_RULES,
  ...CONTENT_RULES,
];

/** Every rule, for the editors' guide. */
export const ALL_RULES: readonly (CheckRule | AsyncRule)[] = [...SYNC_RULES, ...FILE_READING_RULES];
