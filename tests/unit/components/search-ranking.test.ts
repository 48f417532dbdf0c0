import { describe, expect, test } from 'vitest';
import {
  closestSpan,
  queryWords,
  rankedSearch,
  rerank,
  sectionsOf,
  shownSections,
  type ResultData,
  type SubResult,
} from '../../../src/components/search/ranking.ts';

const sub = (url: string, title: string, locations: number[] = []): SubResult => ({
  url,
  title,
  excerpt: '',
  locations,
});

/** A page as Pagefind returns it: blocks joined with ". ", a section per heading. */
function page(
  url: string,
  title: string,
  sections: [string, string][],
  kind: 'chapter' | 'gathering' = 'chapter',
): ResultData {
  return {
    url,
    word_count: 100,
    meta: { title, kind },
    content: [`${title}. 导语。`, ...sections.map(([h, text]) => `${h}. ${text}`)].join(' '),
    sub_results: [
      sub(url, title, [0]),
      ...sections.map(([h], i) => sub(`${url}#${h}`, h, [i + 1])),
    ],
  };
}

const urls = (results: ResultData[]) => results.map((r) => r.url);

describe('queryWords and closestSpan', () => {
  test('a query splits at spaces only, case-blind', () => {
    expect(queryWords('  赤泥   专利 HZG ')).toEqual(['赤泥', '专利', 'hzg']);
  });
  test.each([
    {
      text: '赤泥综合利用专利',
      words: ['赤泥', '专利'],
      expected: 8,
      why: 'both, at their closest',
    },
    { text: '专利……赤泥……专利赤泥', words: ['赤泥', '专利'], expected: 4, why: 'the nearest pair' },
    { text: '赤泥', words: ['赤泥', '专利'], expected: Infinity, why: 'a word missing' },
    { text: '赤泥', words: ['赤泥'], expected: 2, why: 'one word' },
  ])('$why', ({ text, words, expected }) => {
    expect(closestSpan(text, words)).toBe(expected);
  });
});

describe('sectionsOf', () => {
  test("cuts the page's content at its section headings", () => {
    const data = page('/2017/a/', '甲章', [
      ['第一节', '赤泥。'],
      ['第二节', '专利。'],
    ]);
    expect(sectionsOf(data).map((s) => s.text)).toEqual([
      '甲章. 导语。 ',
      '第一节. 赤泥。 ',
      '第二节. 专利。',
    ]);
  });
});

describe('rerank', () => {
  test('a page that holds the words as typed comes before one that holds only their characters', () => {
    const parts = page('/2017/parts/', '乙章', [['一节', '中铝的物流']]);
    const word = page('/2017/word/', '甲章', [['一节', '中铝物流']]);
    expect(urls(rerank('中铝物流', [parts, word]))).toEqual(['/2017/word/', '/2017/parts/']);
  });

  test('pages where the words occur together in one section come before pages where they are apart', () => {
    const apart = page('/2017/apart/', '乙章', [
      ['一节', `赤泥${'。'.repeat(80)}`],
      ['二节', '专利'],
    ]);
    const together = page('/2017/together/', '甲章', [['一节', '赤泥综合利用获得专利']]);
    expect(urls(rerank('赤泥 专利', [apart, together]))).toEqual([
      '/2017/together/',
      '/2017/apart/',
    ]);
  });

  test('a chapter comes before a gathering page, unless that page is titled with the query', () => {
    const pillar = page('/2017/pillars/x/', '生产降碳', [['一节', '清洁能源']], 'gathering');
    const chapter = page('/2017/ops/', '运营', [['二节', '清洁能源']]);
    expect(urls(rerank('清洁能源', [pillar, chapter]))).toEqual(['/2017/ops/', '/2017/pillars/x/']);
    const indicator = page(
      '/2017/kpis/clean/',
      '清洁能源使用',
      [['图', '清洁能源使用']],
      'gathering',
    );
    expect(urls(rerank('清洁能源使用', [chapter, indicator]))[0]).toBe('/2017/kpis/clean/');
    const named = page('/2017/kpis/ac/', '铝锭综合交流电耗', [['图', '交流电耗']], 'gathering');
    const told = page('/2017/ops/', '运营', [['二节', '交流电耗']]);
    expect(urls(rerank('交流电耗', [told, named]))[0]).toBe('/2017/kpis/ac/');
  });

  test('a section titled with the query brings its chapter first and is shown under it', () => {
    const busy = page('/2017/busy/', '乙章', [
      ['甲', '科技企业 科技企业'],
      ['乙', '科技企业'],
    ]);
    const titled = page('/2017/titled/', '甲章', [
      ['推进科技创新', '科技。'.repeat(9)],
      ['创新管理模式', '科技。'.repeat(9)],
      ['科技创新培训', '科技。'.repeat(9)],
      ['建设科技企业', ''],
    ]);
    const [first] = rerank('建设科技企业', [busy, titled]);
    expect(first!.url).toBe('/2017/titled/');
    expect(shownSections(first!).map((s) => s.title)).toContain('建设科技企业');
  });

  test("otherwise Pagefind's order stands", () => {
    const a = page('/2017/a/', '甲', [['一', '降碳']]);
    const b = page('/2017/b/', '乙', [['一', '降碳']]);
    expect(urls(rerank('降碳', [a, b]))).toEqual(['/2017/a/', '/2017/b/']);
    expect(urls(rerank('降碳', [b, a]))).toEqual(['/2017/b/', '/2017/a/']);
  });
});

describe('shownSections', () => {
  test('leaves out the page itself and keeps the three with most matches, in page order', () => {
    const data: ResultData = {
      url: '/p/',
      content: '',
      word_count: 1,
      meta: {},
      sub_results: [
        sub('/p/', 'p', [1, 2, 3, 4, 5]),
        sub('/p/#a', 'a', [1]),
        sub('/p/#b', 'b', [1, 2, 3]),
        sub('/p/#c', 'c', [1, 2]),
        sub('/p/#d', 'd', [1, 2, 3, 4]),
      ],
    };
    expect(shownSections(data).map((s) => s.title)).toEqual(['b', 'c', 'd']);
  });
});

describe('rankedSearch', () => {
  test("re-ranks Pagefind's first results and hands on their data", async () => {
    const pages = [
      page('/2017/parts/', '乙章', [['一节', '中铝的物流']]),
      page('/2017/word/', '甲章', [['一节', '中铝物流']]),
    ];
    const search = rankedSearch(async () => ({
      results: pages.map((data, i) => ({ id: String(i), score: 1, data: async () => data })),
    }));
    const response = await search('中铝物流');
    const shown = await Promise.all(response!.results.map((r) => r.data()));
    expect(urls(shown)).toEqual(['/2017/word/', '/2017/parts/']);
    expect(response!.results.map((r) => r.id)).toEqual(['1', '0']);
  });
});
