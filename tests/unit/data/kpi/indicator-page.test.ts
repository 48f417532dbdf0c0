/** An indicator's page, from two small report years (src/data/kpi/indicator-page.ts). */
import { describe, expect, test } from 'vitest';
import {
  indicatorPageModel,
  type IndicatorReport,
} from '../../../../src/data/kpi/indicator-page.ts';
import { indicators } from '../../../../src/data/kpi/indicators.ts';
import { siteAddresses } from '../../../../src/data/site/addresses.ts';
import type { Kpi, KpiTable } from '../../../../src/schemas/kpi.ts';

const { paths } = siteAddresses('/');

const power = (values: Kpi['values'], extra: Partial<Kpi> = {}): Kpi => ({
  id: 'office-power',
  name: '办公用电量',
  unit: '万千瓦时',
  values,
  measure: 'amount',
  notes: [],
  pillars: ['living'],
  ...extra,
});
const table = (years: number[], rows: Kpi[]): KpiTable => ({
  title: '绩效',
  years,
  groups: [{ id: 'living', name: '降碳生活', rows }],
  restatements: [],
  unitChanges: [],
  corrections: [],
});
const chapter = (slug: string, title: string, body: string) => ({
  slug,
  entry: { body, data: { title } },
});
const year = (y: number, kpis: KpiTable, chapters: IndicatorReport['chapters']) => ({
  year: y,
  report: { title: `${y} 降碳报告` },
  kpis,
  chapters,
});

const y2017 = year(
  2017,
  table([2015, 2016, 2017], [power({ '2015': 215, '2016': 300, '2017': 370 })]),
  [
    chapter('intro', '引言', '正文'),
    chapter('footprint', '绿之果·降碳足迹', '## 绩效\n\n<KpiTable />'),
  ],
);
const y2018 = year(
  2018,
  table(
    [2016, 2017, 2018],
    [power({ '2016': 300, '2017': 370, '2018': 333 }, { notes: ['口径见附注'] })],
  ),
  [
    chapter('data', '绩效数据', '<KpiTable />'),
    chapter('also', '附表', '<KpiTable group="living" />'),
  ],
);
const sites = [y2018, y2017];
const model = (site: typeof y2017, id = 'office-power') =>
  indicatorPageModel(
    site,
    sites,
    indicators(site, sites).find((i) => i.id === id)!,
    paths,
  );

describe('an indicator page', () => {
  test('leads with the latest year and its change on the year before', () => {
    expect(model(y2018).lede).toBe('2018 年：333 万千瓦时，较上年 -10.0%。');
    expect(model(y2018).description).toBe('办公用电量。2018 年：333 万千瓦时，较上年 -10.0%。');
  });

  test('charts every year of the reports up to its own, and names the chart in words', () => {
    const { chart, series, measure } = model(y2018);
    expect(measure).toBe('绝对量');
    expect(series.chartable).toBe(true);
    expect(chart.spec.labels).toEqual(['2015', '2016', '2017', '2018']);
    expect(chart.spec.series).toEqual([{ label: '办公用电量', values: [215, 300, 370, 333] }]);
    expect(chart.spec.note).toBe('另有编者注，见图下');
    // Amounts over five years or fewer are columns.
    expect(chart.spec.kind).toBe('column');
    expect(chart.label).toBe(
      '柱形图：办公用电量（万千瓦时），2015 年 215，2016 年 300，2017 年 370，2018 年 333',
    );
  });

  test("links every report's KPI table, and this report's chapters that print it", () => {
    const page = model(y2018);
    expect(page.reportLinks).toEqual(
      new Map([
        [2018, '/2018/data/'],
        [2017, '/2017/footprint/'],
      ]),
    );
    expect(page.inThisReport).toEqual([
      { href: '/2018/data/', text: '《2018 降碳报告》“绩效数据”' },
      { href: '/2018/also/', text: '《2018 降碳报告》“附表”' },
    ]);
  });

  test('names the report of each value only where more than one report gave them', () => {
    expect(model(y2018).showReport).toBe(true);
    expect(model(y2017).showReport).toBe(false);
  });

  test('a first year has no change to tell for a value not reported the year before', () => {
    const only = year(
      2017,
      table([2016, 2017], [power({ '2016': 'not-reported', '2017': 370 })]),
      [],
    );
    const page = indicatorPageModel(only, [only], indicators(only, [only])[0]!, paths);
    expect(page.lede).toBe('2017 年：370 万千瓦时。');
    expect(page.inThisReport).toEqual([]);
    expect(page.reportLinks).toEqual(new Map());
  });
});
