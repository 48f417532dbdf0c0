import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type MdxMemory, readMdx, writeMdx } from '../../../src/cms/mdx-format.ts';

const content = resolve(import.meta.dirname, '../../../content/2017');
const files = ['chapters', 'cases'].flatMap((folder) =>
  readdirSync(resolve(content, folder)).map((name) => `${folder}/${name}`),
);

describe('MDX files as the CMS writes them', () => {
  it.each(files)('%s read and written unchanged is byte-identical', (file) => {
    const original = readFileSync(resolve(content, file), 'utf8');
    const memory: MdxMemory = new Map();
    expect(writeMdx(readMdx(original, memory), memory)).toBe(original);
  });

  it('keeps the writing of the fields not changed, and writes a changed one plain', () => {
    const original = readFileSync(resolve(content, 'cases/ningxia-energy-cdm.mdx'), 'utf8');
    const memory: MdxMemory = new Map();
    const data = readMdx(original, memory);
    const written = writeMdx(
      { ...data, title: '新标题', pillars: ['management', 'living'] },
      memory,
    );
    expect(written).toBe(
      original
        .replace('title: "宁夏能源降碳工作在行动"', 'title: 新标题')
        .replace('pillars: [management]', 'pillars: [management, living]'),
    );
  });

  it('writes a new file plain, lists of words in brackets, the text after a blank line', () => {
    const data = {
      title: '案例',
      pillars: ['concept'],
      figures: [{ label: '数', value: 1, unit: '%' }],
      body: '正文',
    };
    expect(writeMdx(data, new Map())).toBe(
      "---\ntitle: 案例\npillars: [concept]\nfigures:\n  - label: 数\n    value: 1\n    unit: '%'\n---\n\n正文\n",
    );
  });
});
