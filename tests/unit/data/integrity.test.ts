import { describe, expect, test } from 'vitest';
import { checkYear } from '../../../src/data/integrity.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { copyYear, realYear } from '../content-2017.ts';
import type { YearContent } from '../../../src/data/year-content.ts';

const messages = (content: YearContent) => checkYear(content).map(formatProblem);
const chapter = (content: YearContent, id: string) => content.chapters.find((c) => c.id === id)!;
const caseOf = (content: YearContent, id: string) => content.cases.find((c) => c.id === id)!;

describe('checkYear', () => {
  test('the real 2017 content is consistent', () => {
    expect(messages(realYear())).toEqual([]);
  });

  test('an unknown pillar id on a case names the file, the field and the known ids', () => {
    const content = copyYear();
    caseOf(content, 'ningxia-energy-cdm').data.pillars = ['managment'];
    expect(messages(content)).toEqual([
      'content/2017/cases/ningxia-energy-cdm.mdx › pillars[0]: "managment" is not a pillar of 2017. Expected one of "concept", "production", "management", "technology", "living". Did you mean "management"?',
    ]);
  });

  test('an unknown pillar id on a KPI row', () => {
    const content = copyYear();
    content.kpis!.data.groups[2]!.rows[0]!.pillars = ['life'];
    expect(messages(content)).toEqual([
      'content/2017/kpis.json › groups[2].rows[0].pillars[0]: "life" is not a pillar of 2017. Expected one of "concept", "production", "management", "technology", "living".',
    ]);
  });

  test("a case's unknown chapter", () => {
    const content = copyYear();
    caseOf(content, 'ningxia-energy-cdm').data.chapter = 'managment';
    expect(messages(content)).toEqual([
      'content/2017/cases/ningxia-energy-cdm.mdx › chapter: "managment" is not a chapter of 2017. Expected one of "foreword", "footprint", "management", "operations", "ecosystem", "pioneer", "performance", "outlook". Did you mean "management"?',
    ]);
  });

  test('a case pointing at a section that does not exist', () => {
    const content = copyYear();
    caseOf(content, 'ningxia-energy-cdm').data.section = '碳交易市场';
    const [message] = messages(content);
    expect(message).toMatch(
      /^content\/2017\/cases\/ningxia-energy-cdm\.mdx › section: "碳交易市场" is not a heading of the chapter "management"\. Expected one of .*"碳交易市场建设".* Did you mean "碳交易市场建设"\?$/,
    );
  });

  test('a <Case> tag naming no case, and the case it should have named left unplaced', () => {
    const content = copyYear();
    const management = chapter(content, 'management');
    management.body = management.body!.replace(
      '<Case id="ningxia-energy-cdm" />',
      '<Case id="ningxia-energy" />',
    );
    const found = messages(content);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(
      /^content\/2017\/chapters\/03-management\.mdx:\d+ › body: <Case id="ningxia-energy" \/> names no case of 2017\./,
    );
    expect(found[1]).toBe(
      'content/2017/cases/ningxia-energy-cdm.mdx › (file): The case is not placed in any chapter, so it would not be published. Add <Case id="ningxia-energy-cdm" /> to content/2017/chapters/03-management.mdx under the heading "碳交易市场建设".',
    );
  });

  test('a chapter listed in report.json without a file, and a file not listed', () => {
    const content = copyYear();
    content.report!.data.chapters = content.report!.data.chapters.map((id) =>
      id === 'outlook' ? 'future' : id,
    );
    expect(messages(content)).toEqual([
      'content/2017/report.json › chapters[7]: There is no chapter file for "future". Expected a file content/2017/chapters/NN-future.mdx.',
      'content/2017/chapters/08-outlook.mdx › (file): The chapter "outlook" is not listed in content/2017/report.json › chapters, so it would not be published. Add "outlook" there in its place in the order.',
    ]);
  });

  test('a year folder whose report.json names another year', () => {
    const content = copyYear();
    content.report!.data.year = 2018;
    expect(messages(content)).toEqual([
      'content/2017/report.json › year: The file says 2018, but it is in the folder 2017. Make "year" 2017, or move the file to content/2018/.',
    ]);
  });

  test('a figure whose section is not a heading, and a section missing from "sections"', () => {
    const content = copyYear();
    const operations = chapter(content, 'operations');
    operations.data.figures[0]!.section = '推进科技';
    operations.data.sections = operations.data.sections.filter((s) => s.heading !== '适应气候变化');
    const found = messages(content);
    expect(
      found.some((m) =>
        m.startsWith(
          'content/2017/chapters/04-operations.mdx › figures[0].section: "推进科技" is not a heading',
        ),
      ),
    ).toBe(true);
    expect(
      found.some((m) =>
        /04-operations\.mdx:\d+ › sections: The section "适应气候变化" is not listed in "sections"/.test(
          m,
        ),
      ),
    ).toBe(true);
  });

  test('a KPI value for a year outside the table, and a missing year', () => {
    const content = copyYear();
    const row = content.kpis!.data.groups[0]!.rows[0]!;
    row.values = { '2014': 1, '2015': 15.2, '2016': 14.5 };
    expect(messages(content)).toEqual([
      'content/2017/kpis.json › groups[0].rows[0].values.2014: The KPI "environmental-investment" has a value for 2014, which is not one of the table\'s years ("2015", "2016", "2017"). Add 2014 to "years" or remove the value.',
      'content/2017/kpis.json › groups[0].rows[0].values: The KPI "environmental-investment" has no value for 2017. Write the number, or "not-reported" where the report prints "-".',
    ]);
  });

  test('an empty chapter', () => {
    const content = copyYear();
    chapter(content, 'outlook').body = '\n';
    expect(messages(content)).toContain(
      'content/2017/chapters/08-outlook.mdx › body: The chapter has no text. Write its text below the frontmatter, or mark it "draft: true" until it is ready.',
    );
  });

  test('a heading inside a case', () => {
    const content = copyYear();
    const redMud = caseOf(content, 'red-mud-utilisation');
    redMud.body = `${redMud.body}\n### 小结\n`;
    expect(messages(content)).toEqual([
      expect.stringMatching(
        /^content\/2017\/cases\/red-mud-utilisation\.mdx:\d+ › body: A case has no headings of its own; write "小结" as a bold lead-in/,
      ),
    ]);
  });

  test('every problem is reported in one run', () => {
    const content = copyYear();
    caseOf(content, 'ningxia-energy-cdm').data.pillars = ['x'];
    caseOf(content, 'hzg-agitator').data.chapter = 'nowhere';
    content.kpis!.data.groups[0]!.rows[0]!.pillars = ['y'];
    expect(messages(content)).toHaveLength(3);
  });
});

test('a printed-text override that changes the number is refused', () => {
  const content = copyYear();
  const row = content.kpis!.data.groups[1]!.rows[0]!;
  row.asPublished = { '2017': '41.45%' };
  expect(messages(content)).toEqual([
    'content/2017/kpis.json › groups[1].rows[0].asPublished.2017: The printed text "41.45%" does not show the value 14.45 of 2017. "asPublished" may only change how a number is written (like "14.45%" or "+12.2" for 14.45 or 12.2), never the number.',
  ]);
});

test('a case placed under another section than the one it names', () => {
  const content = copyYear();
  caseOf(content, 'ningxia-energy-cdm').data.section = '组织与制度建设';
  expect(messages(content)).toEqual([
    'content/2017/cases/ningxia-energy-cdm.mdx › section: The case says it stands under "组织与制度建设", but <Case id="ningxia-energy-cdm" /> stands under "碳交易市场建设". Move the tag under "组织与制度建设", or correct "section".',
  ]);
});
