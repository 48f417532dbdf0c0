import { oddCharacters, showValue } from '../data/content/problems.ts';
import type { Rule } from './lib/rule.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug made from a name, or "" when nothing of it is ASCII (a Chinese name). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

export const fileName: Rule = {
  id: 'file-name',
  description:
    '章节和案例文件以其 id 命名（只用小写英文字母、数字和连字符），因为 id 是网页地址的一部分。',
  check: ({ sources }) =>
    sources.flatMap(({ file }) => {
      const match = /^content\/\d{4}\/(chapters|cases)\/([^/]+)$/.exec(file);
      if (!match?.[1] || !match[2]) return [];
      const [, dir, name] = match;
      if (!name.endsWith('.mdx'))
        return [
          {
            file,
            field: '(file)',
            message: `${showValue(name)} 不是 .mdx 文件，网站只读取 ${dir}/ 中的 .mdx 文件，它不会发布。${dir}/ 中应只有 .mdx 文件。请把文件名改为以 .mdx 结尾，或删除这个文件。${oddCharacters(name)}`,
          },
        ];
      const stem = name.slice(0, -'.mdx'.length);
      const prefix = dir === 'chapters' ? (/^\d+-/.exec(stem)?.[0] ?? '') : '';
      const id = stem.slice(prefix.length);
      if (SLUG.test(id)) return [];
      const slug = slugify(id);
      const fix = slug
        ? `请把文件改名为 ${showValue(`${prefix}${slug}.mdx`)}。`
        : `请用英文 id 给文件改名，如 ${showValue(`${prefix}green-office.mdx`)}。`;
      return [
        {
          file,
          field: '(file)',
          message: `${showValue(id)} 不是有效的 id：文件名就是${dir === 'chapters' ? '章节' : '案例'}的 id，会出现在网页地址中，只能由小写英文字母、数字和连字符组成。${fix}${oddCharacters(id)}`,
        },
      ];
    }),
};
