import { describe, expect, test } from 'vitest';
import {
  chapterDescription,
  firstParagraph,
  listDescription,
  summarise,
} from '../../../../src/data/text/descriptions.ts';

describe('summarise', () => {
  test.each([
    ['short text stays', '一句话。', 10, '一句话。'],
    ['whitespace collapses', '  第一行\n 第二行  ', 10, '第一行 第二行'],
    [
      'cut after the last full sentence',
      '第一句话。第二句话。第三句话还很长很长',
      12,
      '第一句话。第二句话。',
    ],
    [
      'cut at the limit when no sentence fits',
      '一二三四五六七八九十十一十二',
      8,
      '一二三四五六七…',
    ],
    [
      'cut at the limit when one sentence keeps too little',
      '短。一二三四五六七八九十',
      9,
      '短。一二三四五六…',
    ],
  ])('%s', (_, text, max, expected) => {
    expect(summarise(text, max)).toBe(expected);
    expect([...summarise(text, max)].length).toBeLessThanOrEqual(max);
  });
});

describe('firstParagraph', () => {
  test.each([
    ['the first prose block', '\n第一段，\n续行。\n\n第二段。', '第一段， 续行。'],
    [
      'headings, tags, lists and quotes are skipped',
      '## 标题\n\n<Case id="a" />\n\n- 项\n\n> 引\n\n正文。',
      '正文。',
    ],
    [
      'markdown marks are removed',
      '见**重点**与[链接](https://example.com)、`代码`。',
      '见重点与链接、代码。',
    ],
    ['a code fence is not prose', '```\n代码\n```\n\n正文。', '正文。'],
    ['none', '<KpiTable />\n', undefined],
  ])('%s', (_, body, expected) => {
    expect(firstParagraph(body)).toBe(expected);
  });
});

describe('chapterDescription', () => {
  const groups = ['降碳管理', '降碳生产'];
  test.each([
    ['its first paragraph', { title: '章', body: '## 节\n\n正文。' }, '正文。'],
    [
      'its sections when it has no prose',
      { title: '章', body: '## 甲\n\n<Photos section="甲" />\n\n## 乙\n' },
      '章：甲、乙',
    ],
    [
      'the KPI groups for the KPI table',
      { title: '绩效', body: '<KpiTable />\n' },
      '绩效：降碳管理、降碳生产',
    ],
    ['its title when nothing else', { title: '章', body: '<Honours />\n' }, '章'],
  ])('%s', (_, chapter, expected) => {
    expect(chapterDescription(chapter, groups)).toBe(expected);
  });
});

test('listDescription joins the items after the introduction', () => {
  expect(listDescription('全部案例：', ['甲', '乙'])).toBe('全部案例：甲、乙');
});
