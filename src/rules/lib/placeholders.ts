/**
 * Placeholder text in a file's data (placeholder-text's part that needs no MDX parser): the rule
 * uses it, and so does the CMS before it saves an entry (src/cms/entry-check.ts).
 */
import { showValue } from '../../data/content/problems.ts';
import type { Sourced } from '../../data/content/year-content.ts';
import { fieldPath } from '../../pipeline/schema-messages.ts';
import type { Report } from './rule.ts';

/**
 * Text that stands in for text not yet written: the guide's and the tools' own "…" (as in
 * `"reason": "…"`), TODO and its kin, and the Chinese 待补充/待填写/在此填写. A whole value of dots
 * is a placeholder; within longer text only the marker words are.
 */
const WHOLE = /^\s*(?:…+|\.{3,}|-{2,}|x{3,}|X{3,}|？+|\?+)\s*$/u;
const WITHIN =
  /TODO|FIXME|TBD|TBC|XXX|lorem ipsum|待补充|待填写|待确认|待定|在此填写|请填写|此处填写|占位|（略）/iu;

export const PLACEHOLDER_WORDS = WITHIN;

/** The placeholder in a text, if it holds one. */
export function placeholderIn(text: string): string | undefined {
  if (WHOLE.test(text)) return text.trim();
  return WITHIN.exec(text)?.[0];
}

/** Every string of a value with its path: groups[0].rows[1].name. */
function* stringsOf(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* stringsOf(item, [...path, i]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, [...path, key]);
}

export const FIX = '请换成正式的内容；还没有内容的可选字段请整个删除，必填字段请写好后再提交。';

export function inData(entry: Sourced<unknown>): Report[] {
  return [...stringsOf(entry.data)].flatMap(([path, text]) => {
    const found = placeholderIn(text);
    return found === undefined
      ? []
      : [
          {
            file: entry.file,
            field: fieldPath(path),
            message: `${showValue(text)} 是占位文字（${showValue(found)}），不是要发布的内容。${FIX}`,
          },
        ];
  });
}
