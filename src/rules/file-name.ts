import type { Rule } from './lib/rule.ts';

/** The files a year folder holds besides its chapters/ and cases/. */
export const YEAR_FILES = [
  'report.json',
  'pillars.json',
  'kpis.json',
  'tables.json',
  'honours.json',
] as const;

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
    'Chapter and case files are named by their id (lowercase ASCII letters, digits and hyphens), because the id is part of the page address.',
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
            message: `The site reads only .mdx files in ${dir}/, so this one would not be published. Rename it to end in .mdx, or remove it.`,
          },
        ];
      const stem = name.slice(0, -'.mdx'.length);
      const prefix = dir === 'chapters' ? (/^\d+-/.exec(stem)?.[0] ?? '') : '';
      const id = stem.slice(prefix.length);
      if (SLUG.test(id)) return [];
      const slug = slugify(id);
      const fix = slug
        ? `Rename the file to "${prefix}${slug}.mdx".`
        : `Rename the file with an English id, like "${prefix}green-office.mdx".`;
      return [
        {
          file,
          field: '(file)',
          message: `"${id}" is not a valid id: the file name is the ${dir === 'chapters' ? 'chapter' : 'case'}'s id, which appears in web addresses and may hold only lowercase ASCII letters, digits and hyphens. ${fix}`,
        },
      ];
    }),
};
