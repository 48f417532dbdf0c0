import { showValue } from '../data/content/problems.ts';
import type { Report, Rule } from './lib/rule.ts';
import { hasText, headingsIn, SECTION_ITEMS, tagsIn } from './lib/year-structure.ts';

/** One item of a list that must not repeat: its value, and its field and line in the file. */
interface Item {
  value: string;
  field: string;
  line?: number;
}

/**
 * A report for every item whose value an earlier item of the list has already; `what` names the
 * kind of item ("章节 id"), `where` where the first one stands, `fix` what is expected and what to do.
 */
function repeated(
  file: string,
  items: readonly Item[],
  what: string,
  where: (first: Item) => string,
  fix: string,
): Report[] {
  const first = new Map<string, Item>();
  return items.flatMap((item): Report[] => {
    const earlier = first.get(item.value);
    if (!earlier) {
      first.set(item.value, item);
      return [];
    }
    return [
      {
        file,
        field: item.field,
        ...(item.line ? { line: item.line } : {}),
        message: `${what} ${showValue(item.value)} 与${where(earlier)}重复。${fix}`,
      },
    ];
  });
}

const at = (first: Item) => ` ${showValue(first.field)} `;
const atLine = (first: Item) => (first.line ? `第 ${first.line} 行` : '前面一项');

export const noDuplicates: Rule = {
  id: 'no-duplicates',
  description:
    '同一份清单中不重复列出同一项：`report.json` 的 "chapters"、各支柱、各表格、指标分组，以及每章正文的标题、关键数字、图片和显示它们的标签，免得页面上内容重复或锚点冲突。',
  check: ({ years }) =>
    years.flatMap(({ report, pillars, tables, kpis, chapters }) => [
      ...(report
        ? repeated(
            report.file,
            report.data.chapters.map((value, i) => ({ value, field: `chapters[${i}]` })),
            '章节 id',
            at,
            '每章在 "chapters" 中只能列一次。请删除重复的一项。',
          )
        : []),
      ...(pillars
        ? repeated(
            pillars.file,
            pillars.data.pillars.map((p, i) => ({ value: p.id, field: `pillars[${i}].id` })),
            '支柱 id',
            at,
            '每个支柱的 id 必须唯一。请删除重复的支柱，或给它改一个自己的 "id"。',
          )
        : []),
      ...(tables
        ? repeated(
            tables.file,
            tables.data.tables.map((t, i) => ({ value: t.id, field: `tables[${i}].id` })),
            '表格 id',
            at,
            '每个表格的 id 必须唯一。请删除重复的表格，或给它改一个自己的 "id"（正文中 <DataTable> 标签的 id 也要一起改）。',
          )
        : []),
      ...(kpis
        ? repeated(
            kpis.file,
            kpis.data.groups.map((g, i) => ({ value: g.id, field: `groups[${i}].id` })),
            '指标分组 id',
            at,
            '每个指标分组的 id 必须唯一。请把两组合并，或给其中一组改一个自己的 "id"。',
          )
        : []),
      ...chapters.filter(hasText).flatMap((chapter) => {
        const { file, data } = chapter;
        const headings = repeated(
          file,
          headingsIn(chapter).map((h) => ({ value: h.text, field: 'body', line: h.line })),
          '正文标题',
          atLine,
          '同一章中每个标题都必须不同：同名的标题在页面上无法分别链接，"sections" 和 "section" 也分不清指的是哪一个。请改写其中一个标题，或把两节合并。',
        );
        return [
          ...headings,
          ...SECTION_ITEMS.flatMap(({ kind, tagName }) => [
            ...repeated(
              file,
              tagsIn(chapter)
                .filter((t) => t.name === tagName)
                .map((t) => ({
                  value: `<${tagName} section="${t.attributes['section'] ?? ''}" />`,
                  field: 'body',
                  line: t.line,
                })),
              '标签',
              atLine,
              `同一小节的${kind === 'figures' ? '关键数字' : '图片'}只能用一个标签显示，否则会显示两遍。请删除重复的标签。`,
            ),
            ...repeated(
              file,
              data[kind].map((item, i) => ({ value: item.id, field: `${kind}[${i}].id` })),
              kind === 'figures' ? '关键数字 id' : '图片 id',
              at,
              `每个${kind === 'figures' ? '关键数字' : '图片'}的 id 必须唯一。请删除重复的一项，或给它改一个自己的 "id"。`,
            ),
          ]),
        ];
      }),
    ]),
};
