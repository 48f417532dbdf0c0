/** The cover's and a pillar's page, from a small year (src/data/content/*-page.ts). */
import { describe, expect, test } from 'vitest';
import { coverPageModel } from '../../../../src/data/content/cover-page.ts';
import { pillarPageModel } from '../../../../src/data/content/pillar-page.ts';
import type { ChapterSummary } from '../../../../src/data/content/pillar-index.ts';
import type { ReportYear } from '../../../../src/data/content/report-year.ts';
import { pdfTargets } from '../../../../src/data/publish/pdfs.ts';
import { siteAddresses } from '../../../../src/data/site/addresses.ts';
import type { Kpi } from '../../../../src/schemas/kpi.ts';

const { paths } = siteAddresses('/reports/carbon/');
const report = { year: 2017, title: '2017 降碳报告', organisation: '中铝集团' };
const pdfs = pdfTargets(
  {
    year: 2017,
    organisation: report.organisation,
    reportTitle: report.title,
    chapters: [{ slug: 'operations', title: '绿之茎·降碳运营' }],
    pillars: [{ id: 'production', name: '清洁生产' }],
  },
  paths,
);
const figure = (value: number, highlight: boolean) => ({
  label: '减排',
  value,
  unit: '万吨',
  highlight,
});
const chapter = (slug: string, title: string, figures: ReturnType<typeof figure>[] = []) => ({
  slug,
  entry: { data: { title, figures } },
});

describe('the cover', () => {
  const chapters = [
    chapter('foreword', '致辞'),
    chapter('operations', '绿之茎·降碳运营', [figure(1, true), figure(2, false)]),
    chapter('footprint', '绿之果·降碳足迹', [figure(3, true)]),
  ];
  const cover = coverPageModel({ report, chapters, pdfs });

  test('quotes the foreword and gathers the highlighted figures under the footprint chapter', () => {
    expect(cover.foreword).toBe(chapters[0]);
    expect(cover.footprint).toBe(chapters[2]);
    expect(cover.highlights.map((f) => f.value)).toEqual([1, 3]);
  });

  test('sets the year apart from the title, and offers the whole report as a PDF', () => {
    expect(cover.titleWithoutYear).toBe('降碳报告');
    expect(cover.pdf?.file).toBe('chinalco-2017-carbon-report.pdf');
    expect(cover.description).toBe(
      '中铝集团《2017 降碳报告》：致辞、绿之茎·降碳运营、绿之果·降碳足迹',
    );
  });

  test('a year without a foreword or a footprint chapter has neither', () => {
    const bare = coverPageModel({ report, chapters: [chapter('intro', '引言')], pdfs: [] });
    expect([bare.foreword, bare.footprint, bare.pdf]).toEqual([undefined, undefined, undefined]);
    expect(bare.highlights).toEqual([]);
  });
});

describe("a pillar's page", () => {
  const kpi = (id: string, pillars: string[], basis?: string): Kpi => ({
    id,
    name: id,
    unit: '吨',
    values: { '2016': 1200, '2017': 'not-reported' },
    measure: 'amount',
    notes: [],
    pillars,
    ...(basis ? { basis } : {}),
  });
  const site = {
    year: 2017,
    pdfs,
    kpis: {
      title: '绩效',
      years: [2016, 2017],
      groups: [
        {
          id: 'eco',
          name: '降碳生态',
          rows: [kpi('waste', ['production'], '全集团'), kpi('paper', ['living'])],
        },
      ],
      restatements: [],
      unitChanges: [],
      corrections: [],
    },
    chapters: [
      { slug: 'operations', entry: { body: '<Case id="b" />\n\n<Case id="a" />' } },
    ] as unknown as ReportYear['chapters'],
    cases: new Map([
      [
        'a',
        {
          data: {
            title: '案例甲',
            chapter: 'operations',
            organisation: '甲',
            pillars: ['production'],
          },
        },
      ],
      [
        'b',
        {
          data: {
            title: '案例乙',
            chapter: 'operations',
            organisation: '乙',
            pillars: ['production'],
          },
        },
      ],
    ]) as unknown as ReportYear['cases'],
  };
  const chapters: ChapterSummary[] = [
    {
      slug: 'operations',
      title: '绿之茎·降碳运营',
      sections: [
        { heading: '清洁生产', pillars: ['production'] },
        { heading: '绿色办公', pillars: ['living'] },
      ],
      anchors: new Map([['清洁生产', 'qing-jie']]),
    },
  ];
  const pillar = { id: 'production', description: ['清洁生产是降碳之本。'], initiative: '倡议' };
  const page = pillarPageModel(site, pillar, chapters, paths);

  test("gathers the sections, cases (in the chapter's order) and indicators tagged with it", () => {
    expect(page.sections).toEqual([
      {
        chapter: 'operations',
        chapterTitle: '绿之茎·降碳运营',
        heading: '清洁生产',
        anchor: 'qing-jie',
      },
    ]);
    expect(page.cases.map((c) => c.id)).toEqual(['b', 'a']);
    expect(page.kpis.map(({ group, kpi, values }) => [group, kpi.id, values])).toEqual([
      ['降碳生态', 'waste', '2016：1200，2017：-'],
    ]);
  });

  test('offers its own PDF, found by its page under the base', () => {
    expect(page.pdf?.page).toBe('/reports/carbon/2017/pillars/production/');
    expect(page.pdf?.file).toBe('chinalco-2017-carbon-report-pillar-production.pdf');
  });

  test('is described by its first paragraph, else its initiative', () => {
    expect(page.description).toBe('清洁生产是降碳之本。');
    const none = pillarPageModel(site, { ...pillar, description: [] }, chapters, paths);
    expect(none.description).toBe('倡议');
  });
});
