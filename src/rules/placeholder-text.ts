import { isDocument, parseMdx, walk, type MdxDocument } from '../pipeline/mdx-document.ts';
import { showValue } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import type { Sourced } from '../data/content/year-content.ts';
import { FIX, inData, placeholderIn } from './lib/placeholders.ts';

export { PLACEHOLDER_WORDS, placeholderIn } from './lib/placeholders.ts';

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
        message: `正文中有占位文字 ${showValue(found)}（在 ${showValue((node.value ?? '').trim().slice(0, 40))} 中），不是要发布的内容。${FIX}`,
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
