import { isDocument, parseMdx, walk, type MdxDocument } from '../pipeline/mdx-document.ts';
import { showValue } from '../data/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import type { Sourced } from '../data/year-content.ts';
import { fieldPath } from '../pipeline/schema-messages.ts';

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

const fix = '请换成正式的内容；还没有内容的可选字段请整个删除，必填字段请写好后再提交。';

function inData(entry: Sourced<unknown>): Report[] {
  return [...stringsOf(entry.data)].flatMap(([path, text]) => {
    const found = placeholderIn(text);
    return found === undefined
      ? []
      : [
          {
            file: entry.file,
            field: fieldPath(path),
            message: `${showValue(text)} 是占位文字（${showValue(found)}），不是要发布的内容。${fix}`,
          },
        ];
  });
}

/** Placeholders in a text's words (not in its {/* comments *\/}, which are never published). */
function inText(entry: Sourced<unknown>, document: MdxDocument): Report[] {
  return [...walk(document.tree as Parameters<typeof walk>[0])].flatMap((node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode') return [];
    const found = placeholderIn(node.value ?? '');
    if (found === undefined) return [];
    return [
      {
        file: entry.file,
        field: 'body',
        ...(node.position ? { line: node.position.start.line } : {}),
        message: `正文中有占位文字 ${showValue(found)}（在 ${showValue((node.value ?? '').trim().slice(0, 40))} 中），不是要发布的内容。${fix}`,
      },
    ];
  });
}

export const placeholderText: Rule = {
  id: 'placeholder-text',
  description:
    '任何字段和正文中都没有占位文字（“…”、TODO、待补充、在此填写等），免得把占位当作内容发布。',
  check: ({ years }) =>
    years.flatMap((content) =>
      [
        content.report,
        content.pillars,
        content.honours,
        content.kpis,
        content.tables,
        ...content.chapters,
        ...content.cases,
      ].flatMap((entry) => {
        if (!entry) return [];
        const parsed = entry.document ?? (entry.text ? parseMdx(entry.text) : undefined);
        return [
          ...inData(entry),
          ...(parsed && isDocument(parsed) && entry.file.endsWith('.mdx')
            ? inText(entry, parsed)
            : []),
        ];
      }),
    ),
};
