/**
 * Search ranks the place that tells a thing first: reader queries (topics, organisations,
 * technologies, figures; one to four characters, and two words), typed into the search page's
 * field as a reader does, against the real index of dist/. Each names the page that must come
 * first and, where a section or case tells it, the anchor among that result's sections. At least
 * 90 % must be right first and every one in the top three. Prints the figures and how the browser
 * splits each query into words (Pagefind segments Chinese queries with Intl.Segmenter).
 */
import { expect, test, type Page } from '@playwright/test';
import { pageScriptsStarted } from './support/page-scripts.ts';

interface Query {
  query: string;
  /** The page that tells it. */
  page: string;
  /** The heading id of the section or case that tells it, when one does. */
  anchor?: string;
}

const CASE = (id: string) => `case-${id}-title`;

/** From content/2017: each query's words are in the file that holds the expected place. */
const QUERIES: Query[] = [
  // Cases, found by their organisation, place or technology.
  { query: '楚雄', page: '/2017/ecosystem/', anchor: CASE('chuxiong-mining-energy-saving') },
  { query: '六苴', page: '/2017/ecosystem/', anchor: CASE('chuxiong-mining-energy-saving') },
  { query: 'HZG', page: '/2017/operations/', anchor: CASE('hzg-agitator') },
  { query: '搅拌', page: '/2017/operations/', anchor: CASE('hzg-agitator') },
  { query: '沈阳铝镁', page: '/2017/operations/', anchor: CASE('hzg-agitator') },
  { query: '皮带', page: '/2017/operations/', anchor: CASE('bauxite-belt-conveyor') },
  { query: '广西分公司', page: '/2017/operations/', anchor: CASE('bauxite-belt-conveyor') },
  { query: '煤改气', page: '/2017/operations/', anchor: CASE('coal-to-gas-boiler') },
  { query: '锅', page: '/2017/operations/', anchor: CASE('coal-to-gas-boiler') },
  { query: '渑池', page: '/2017/operations/', anchor: CASE('mianchi-land-reclamation') },
  { query: '宁夏能源', page: '/2017/management/', anchor: CASE('ningxia-energy-cdm') },
  { query: 'VERs', page: '/2017/management/', anchor: CASE('ningxia-energy-cdm') },
  { query: '赤泥', page: '/2017/operations/' },
  // Sections of chapters, by their topic.
  { query: '降碳模型', page: '/2017/management/', anchor: '中铝降碳模型' },
  { query: '碳交易', page: '/2017/management/', anchor: '碳交易市场建设' },
  { query: '十三五', page: '/2017/management/' },
  { query: '光伏', page: '/2017/operations/', anchor: '使用清洁能源' },
  { query: '河长制', page: '/2017/operations/', anchor: '控制废水排放' },
  { query: '锂', page: '/2017/operations/', anchor: '轻量化产品' },
  { query: '减量化包装', page: '/2017/operations/', anchor: '减量化包装' },
  { query: '降碳联盟', page: '/2017/ecosystem/', anchor: '发起成立降碳联盟' },
  { query: '雄安', page: '/2017/ecosystem/', anchor: '打造环保节能平台' },
  { query: '视频会议', page: '/2017/ecosystem/', anchor: '绿色办公' },
  { query: '标识', page: '/2017/ecosystem/', anchor: '标识释义' },
  { query: '十九大', page: '/2017/foreword/' },
  { query: '概况', page: '/2017/pioneer/', anchor: '中铝集团概况' },
  { query: '金蜜蜂', page: '/2017/pioneer/' },
  { query: '效果再好', page: '/2017/outlook/', anchor: '效果再好' },
  // A pillar's own page, and indicators' own pages.
  { query: '绿色出行', page: '/2017/pillars/living/' },
  { query: '交流电耗', page: '/2017/kpis/aluminium-ingot-ac-power/' },
  { query: '复垦面积', page: '/2017/kpis/new-mine-reclamation-area/' },
  // Figures.
  { query: '11283', page: '/2017/operations/', anchor: '推进科技创新' },
  // Two words.
  {
    query: '中铝物流 联合',
    page: '/2017/ecosystem/',
    anchor: CASE('chalco-logistics-joint-action'),
  },
  { query: '赤泥 专利', page: '/2017/operations/', anchor: CASE('red-mud-utilisation') },
  { query: '渑池 复垦', page: '/2017/operations/', anchor: CASE('mianchi-land-reclamation') },
  { query: '绿色 办公', page: '/2017/ecosystem/', anchor: '绿色办公' },
];

interface Shown {
  page: string;
  anchors: string[];
}

/** The first three results the search page shows for `query`: each page and its sections' anchors. */
async function topThree(page: Page, query: string): Promise<Shown[]> {
  await page.locator('#search input[type="search"]').fill(query);
  await expect(page.locator('#search pagefind-summary')).toContainText(query);
  await page.waitForFunction(() => {
    const results = [...document.querySelectorAll('#search pagefind-results .pf-result')];
    return results.length > 0 && results.slice(0, 3).every((r) => r.querySelector('a'));
  });
  return page.evaluate(() =>
    [...document.querySelectorAll('#search pagefind-results .pf-result')].slice(0, 3).map((r) => {
      const url = (a: Element) => new URL((a as HTMLAnchorElement).href);
      return {
        page: url(r.querySelector('.pf-result-link')!).pathname,
        anchors: [...r.querySelectorAll('.pf-heading-link')].map((a) =>
          decodeURIComponent(url(a).hash.slice(1)),
        ),
      };
    }),
  );
}

test('reader queries find the place that tells them first', async ({ page }) => {
  test.slow();
  await page.goto('/2017/search/');
  await pageScriptsStarted(page);
  const lines: string[] = [];
  let first = 0;
  let inTopThree = 0;
  const misses: string[] = [];
  for (const { query, page: expected, anchor } of QUERIES) {
    const words = await page.evaluate(
      (q) =>
        [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(q)]
          .filter((s) => s.isWordLike)
          .map((s) => s.segment),
      query,
    );
    const shown = await topThree(page, query);
    const right = (r: Shown) => r.page === expected && (!anchor || r.anchors.includes(anchor));
    const rank = shown.findIndex(right) + 1;
    if (rank === 1) first++;
    if (rank >= 1) inTopThree++;
    else misses.push(`${query}: ${JSON.stringify(shown)}`);
    lines.push(
      `  ${rank === 1 ? '1st' : rank ? `#${rank}` : '--'}  ${query} → ${words.join(' | ')}  (${expected}${anchor ? `#${anchor}` : ''})`,
    );
  }
  const percent = (n: number) => `${((100 * n) / QUERIES.length).toFixed(0)} %`;
  console.log(
    [
      `search ranking: ${QUERIES.length} queries, right first ${first} (${percent(first)}), in the top three ${inTopThree} (${percent(inTopThree)})`,
      '  rank, query → the words the browser splits it into (the place expected)',
      ...lines,
    ].join('\n'),
  );
  expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  expect(misses, 'every query in the top three').toEqual([]);
  expect(first / QUERIES.length).toBeGreaterThanOrEqual(0.9);
});
