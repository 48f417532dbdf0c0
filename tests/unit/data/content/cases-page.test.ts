/** The cases index of a small year (src/data/content/cases-page.ts). */
import { expect, test } from 'vitest';
import { casesPageModel } from '../../../../src/data/content/cases-page.ts';
import type { ReportYear } from '../../../../src/data/content/report-year.ts';

const chapter = (slug: string, title: string, body: string) => ({
  slug,
  entry: { body, data: { title } },
});
const aCase = (chapter: string, title: string) => ({
  data: { title, chapter, organisation: '中铝集团', pillars: ['production'] },
});

test('the cases in the order the report tells them, under their chapters; a chapter without cases is left out', () => {
  const site = {
    chapters: [
      chapter('foreword', '致辞', '没有案例。'),
      chapter('operations', '降碳运营', '正文 <Case id="red-mud" /> 正文 <Case id="water" />'),
      chapter('ecosystem', '降碳生态', '<Case id="video" />'),
    ],
    // Stored in another order than the chapters print them.
    cases: new Map([
      ['video', aCase('ecosystem', '视频会议')],
      ['water', aCase('operations', '集约用水')],
      ['red-mud', aCase('operations', '赤泥综合利用')],
    ]),
  } as unknown as Pick<ReportYear, 'chapters' | 'cases'>;
  const { cases, byChapter } = casesPageModel(site);
  expect(cases.map((c) => c.id)).toEqual(['red-mud', 'water', 'video']);
  expect(byChapter.map((g) => [g.slug, g.title, g.cases.map((c) => c.title)])).toEqual([
    ['operations', '降碳运营', ['赤泥综合利用', '集约用水']],
    ['ecosystem', '降碳生态', ['视频会议']],
  ]);
});
