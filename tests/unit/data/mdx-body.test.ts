import { expect, test } from 'vitest';
import { extractHeadings, extractTags, unsafeConstructs } from '../../../src/data/mdx-body.ts';
import { entryIdFromPath } from '../../../src/data/entry-id.ts';

test('extractHeadings reads ATX headings with their lines, outside code fences', () => {
  const body = [
    'intro',
    '',
    '## 绿色管理体系',
    '',
    '```',
    '## not a heading',
    '```',
    '### 组织与制度建设 ##',
  ].join('\n');
  expect(extractHeadings(body)).toEqual([
    { depth: 2, text: '绿色管理体系', line: 3 },
    { depth: 3, text: '组织与制度建设', line: 8 },
  ]);
});

test('extractTags reads self-closing component tags and their attributes', () => {
  const body = 'text\n<Case id="a-b" />\n<KeyFigures />  <Photos section="修复生态环境"/>';
  expect(extractTags(body)).toEqual([
    { name: 'Case', attributes: { id: 'a-b' }, line: 2 },
    { name: 'KeyFigures', attributes: {}, line: 3 },
    { name: 'Photos', attributes: { section: '修复生态环境' }, line: 3 },
  ]);
});

test.each([
  ['2017/chapters/03-management.mdx', '2017/management'],
  ['2017/cases/hzg-agitator.mdx', '2017/hzg-agitator'],
  ['2017/kpis.json', '2017'],
])('entryIdFromPath(%s) → %s', (path, id) => {
  expect(entryIdFromPath(path)).toBe(id);
});

test.each([
  ['import x from "y";', 'An import or export statement'],
  ['export const a = 1;', 'An import or export statement'],
  ['正文 {alert(1)} 正文', 'Curly braces start a JavaScript expression'],
  ['<script>alert(1)</script>', '<script> is not one of the tags'],
  ['<iframe src="x" />', '<iframe> is not one of the tags'],
  ['<Chart data="x" />', '<Chart> is not one of the tags'],
  ['[点这里](javascript:alert(1))', 'A javascript: link would run code'],
])('unsafeConstructs refuses %s', (body, message) => {
  expect(unsafeConstructs(body).map((c) => c.message.slice(0, message.length))).toContain(message);
});

test('unsafeConstructs lets plain text, Markdown, comments and the allowed tags through', () => {
  const body =
    '## 标题\n\n正文，**加粗**，[链接](/2017/)。\n\n{/* 在此填写本节正文 */}\n\n<Case id="a" />\n<KeyFigures section="标题" />\n';
  expect(unsafeConstructs(body)).toEqual([]);
});
