import { describe, expect, test } from 'vitest';
import {
  figures,
  halfOf,
  phrasesOf,
  rankOf,
  readPage,
  searchEvalQueries,
} from '../../../scripts/lib/search-eval.ts';

const html = (main: string) =>
  `<!doctype html><html lang="zh-CN"><body><header>页头 搜索</header><main data-pagefind-body data-pagefind-filter="year:2017">${main}</main></body></html>`;

const chapter = html(`
  <h1>绿之茎·降碳运营</h1>
  <div class="chapter-body prose">
    <h2 id="推广环保产品">推广环保产品</h2>
    <p>赤泥综合利用取得专利，电解铝节能技术推广应用。</p>
    <aside data-pagefind-ignore><p>目录 不计入索引的文字</p></aside>
    <section class="case" id="case-red-mud"><h4 id="case-red-mud-title">赤泥综合利用</h4>
      <p>山东分公司建设赤泥堆场。</p></section>
  </div>`);
const indicator = html(`<h1>铝锭综合交流电耗</h1><p>2017 年：13,500 千瓦时/吨。电解铝节能。</p>`);
const pillar = html(`<h1>生产降碳</h1><p>推广应用节能技术，电解铝节能。</p>`);
const pages: [string, string][] = [
  ['/2017/operations/', chapter],
  ['/2017/kpis/aluminium-ingot-ac-power/', indicator],
  ['/2017/pillars/production/', pillar],
  ['/2017/search/', '<html><body><main>搜索</main></body></html>'],
];

describe('readPage', () => {
  test('reads what Pagefind indexes, without what it ignores', () => {
    const page = readPage('/2017/operations/', chapter)!;
    expect(page).toMatchObject({ year: '2017', kind: 'chapter', title: '绿之茎·降碳运营' });
    expect(page.text).not.toContain('页头');
    expect(page.text).not.toContain('不计入索引');
    expect(page.headings).toEqual([
      { id: '推广环保产品', text: '推广环保产品', isCase: false },
      { id: 'case-red-mud-title', text: '赤泥综合利用', isCase: true },
    ]);
    expect(readPage('/2017/kpis/aluminium-ingot-ac-power/', indicator)!.kind).toBe('indicator');
    expect(readPage('/2017/search/', pages[3]![1])).toBeUndefined();
  });
});

describe('phrasesOf', () => {
  test('phrases of 3 to 6 characters from whole words of two or more characters', () => {
    const phrases = phrasesOf('赤泥综合利用取得专利');
    expect(phrases.every((p) => /^\p{Script=Han}{3,6}$/u.test(p))).toBe(true);
    expect(phrases).toContain('综合利用');
    expect(phrasesOf('的的的')).toEqual([]);
  });
});

describe('searchEvalQueries', () => {
  const queries = searchEvalQueries(pages);
  const find = (query: string) => queries.find((q) => q.query === query);

  test('a case title expects its chapter and the anchor of its title', () => {
    expect(find('赤泥综合利用')).toMatchObject({
      kind: 'case',
      page: '/2017/operations/',
      anchor: 'case-red-mud-title',
      year: '2017',
    });
  });
  test("a section heading expects its chapter and anchor; an indicator's name its page", () => {
    expect(find('推广环保产品')).toMatchObject({ kind: 'heading', anchor: '推广环保产品' });
    expect(find('铝锭综合交流电耗')).toMatchObject({
      kind: 'kpi',
      page: '/2017/kpis/aluminium-ingot-ac-power/',
    });
  });
  test('phrases and pairs expect the one page that holds them', () => {
    const phrases = queries.filter((q) => q.kind === 'phrase');
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases.find((q) => q.query === '电解铝节能')).toBeUndefined();
    for (const q of [...phrases, ...queries.filter((q) => q.kind === 'pair')]) {
      const holders = pages.filter(([path, page]) =>
        q.query.split(' ').every((word) => readPage(path, page)?.text.includes(word)),
      );
      expect(holders.map(([path]) => path)).toEqual([q.page]);
    }
  });
  test('every query is in the half its hash gives, once', () => {
    for (const q of queries) expect(q.half).toBe(halfOf(q.query));
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length);
  });
});

describe('rankOf and figures', () => {
  const query = {
    query: 'x',
    kind: 'heading' as const,
    year: '2017',
    page: '/a/',
    anchor: 'h',
    half: 'tuning' as const,
  };
  test('a result counts only with the expected section shown under it', () => {
    expect(
      rankOf(query, [
        { page: '/a/', anchors: [] },
        { page: '/a/', anchors: ['h'] },
      ]),
    ).toBe(2);
    expect(rankOf(query, [{ page: '/b/', anchors: ['h'] }])).toBe(0);
  });
  test('top-1, top-3 and mean reciprocal rank', () => {
    expect(figures([1, 2, 4, 0])).toEqual({ queries: 4, top1: 0.25, top3: 0.5, mrr: 1.75 / 4 });
  });
});
