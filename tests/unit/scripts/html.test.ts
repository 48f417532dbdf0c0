/** The one reader of built HTML that scripts and tests share (scripts/lib/html.ts). */
import { expect, test } from 'vitest';
import {
  byTag,
  classesOf,
  firstTag,
  metaContent,
  parseHtml,
  parseXml,
  readableText,
  textOf,
} from '../../../scripts/lib/html.ts';

const PAGE = parseHtml(
  `<!doctype html><html lang="zh-CN"><head><title>研发 &amp; 应用</title>
  <meta property="og:title" content="引言 | &quot;报告&quot;"><meta name="description" content="a&#39;b">
  <style>p { color: red }</style></head>
  <body><main><h1 class="title  big">降碳<sup>注</sup></h1><script>var x = "<p>";</script>
  <p>一&nbsp;二</p><svg><foreignObject><p>x</p></foreignObject></svg></main></body></html>`,
);

test('attributes and text come decoded', () => {
  expect(textOf(firstTag(PAGE, 'title')!)).toBe('研发 & 应用');
  expect(metaContent(PAGE, 'og:title')).toBe('引言 | "报告"');
  expect(metaContent(PAGE, 'description')).toBe("a'b");
  expect(metaContent(PAGE, 'og:image')).toBeUndefined();
  expect(firstTag(PAGE, 'html')?.attribs['lang']).toBe('zh-CN');
});

test('readable text leaves out scripts and styles, puts a space at each tag, white space as one space', () => {
  expect(readableText(firstTag(PAGE, 'main')!)).toBe('降碳 注 一 二 x');
});

test('tags are found by name in any case, classes split', () => {
  expect(byTag(PAGE, 'foreignobject')).toHaveLength(1);
  expect(byTag(PAGE, 'h1', 'p').map((element) => element.name)).toEqual(['h1', 'p', 'p']);
  expect(classesOf(firstTag(PAGE, 'h1')!)).toEqual(['title', 'big']);
});

test('a sitemap reads as XML', () => {
  const xml = parseXml('<urlset><url><loc>https://a.example/2017/</loc></url></urlset>');
  expect(byTag(xml, 'loc').map((loc) => textOf(loc))).toEqual(['https://a.example/2017/']);
});
