/**
 * The rules that check a year's files against each other, on broken copies of the real 2017 content:
 * each case names what it breaks and the exact messages (with the rule's id) an editor reads.
 */
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/data/problems.ts';
import type { YearContent } from '../../../src/data/year-content.ts';
import { copyYear, problemsOf, setBody } from '../content-2017.ts';

const messages = async (content: YearContent) => (await problemsOf([content])).map(formatProblem);
const chapter = (content: YearContent, id: string) => content.chapters.find((c) => c.id === id)!;
const caseOf = (content: YearContent, id: string) => content.cases.find((c) => c.id === id)!;
const replaceInBody = (content: YearContent, id: string, from: string, to: string) => {
  const entry = chapter(content, id);
  if (!entry.body?.includes(from)) throw new Error(`${id} does not hold ${from}`);
  setBody(entry, entry.body.replace(from, to));
};

type Case = [name: string, breakIt: (content: YearContent) => void, expected: unknown[]];

const cases: Case[] = [
  [
    'year-files: a year without kpis.json',
    (content) => {
      content.kpis = undefined;
    },
    [
      'content/2017/kpis.json › (file): The year has no kpis.json. Copy it from another year and fill it in. [year-files]',
    ],
  ],
  [
    'report-year: a year folder whose report.json names another year',
    (content) => {
      content.report!.data.year = 2018;
    },
    [
      'content/2017/report.json › year: The file says 2018, but it is in the folder 2017. Make "year" 2017, or move the file to content/2018/. [report-year]',
    ],
  ],
  [
    'chapter-order: a chapter listed in report.json without a file, and a file not listed',
    (content) => {
      content.report!.data.chapters = content.report!.data.chapters.map((id) =>
        id === 'outlook' ? 'future' : id,
      );
    },
    [
      'content/2017/chapters/08-outlook.mdx › (file): The chapter "outlook" is not listed in content/2017/report.json › chapters, so it would not be published. Add "outlook" there in its place in the order. [chapter-order]',
      'content/2017/report.json › chapters[7]: There is no chapter file for "future". Expected a file content/2017/chapters/NN-future.mdx. [chapter-order]',
    ],
  ],
  [
    'reserved-chapter-id: a chapter that would take the address of the search page',
    (content) => {
      chapter(content, 'outlook').id = 'search';
      content.report!.data.chapters[7] = 'search';
    },
    [
      'content/2017/chapters/08-outlook.mdx › (file): "search" is reserved for the year\'s own pages. Rename the file. [reserved-chapter-id]',
    ],
  ],
  [
    'chapter-text: an empty chapter is told once, without what follows from its text',
    (content) => {
      setBody(chapter(content, 'outlook'), '\n');
    },
    [
      'content/2017/chapters/08-outlook.mdx › body: The chapter has no text. Write its text below the frontmatter, or mark it "draft: true" until it is ready. [chapter-text]',
    ],
  ],
  [
    'chapter-headings: a heading deeper than ###',
    (content) => {
      replaceInBody(content, 'management', '### 碳交易市场建设', '#### 碳交易市场建设');
    },
    [
      expect.stringMatching(
        /^content\/2017\/chapters\/03-management\.mdx:\d+ › body: The heading "碳交易市场建设" uses ####\. Use ## for sections and ### for sub-sections \(the page title is the chapter title\)\. \[chapter-headings\]$/,
      ),
    ],
  ],
  [
    'chapter-sections: a ## heading missing from "sections", and a section that is no heading',
    (content) => {
      const operations = chapter(content, 'operations');
      operations.data.sections = operations.data.sections.filter(
        (s) => s.heading !== '适应气候变化',
      );
      operations.data.sections[0]!.heading = '建设科技';
    },
    [
      'content/2017/chapters/04-operations.mdx › sections[0].heading: "建设科技" is not a heading of the chapter\'s text. Expected one of "建设科技企业", "推进科技创新", "创新管理模式", "推广环保产品", "轻量化产品", "减量化包装", "低碳化运输", "加强节能减排", "使用清洁能源", "研发降耗技术", "控制废水排放", "适应气候变化", "发展循环经济", "修复生态环境". Did you mean "建设科技企业"? [chapter-sections]',
      expect.stringMatching(
        /^content\/2017\/chapters\/04-operations\.mdx:\d+ › sections: The section "建设科技企业" is not listed in "sections"\. Add \{ heading: 建设科技企业, pillars: \[\.\.\.\] \} so that pillar pages can find it\. \[chapter-sections\]$/,
      ),
      expect.stringMatching(
        /^content\/2017\/chapters\/04-operations\.mdx:\d+ › sections: The section "适应气候变化" is not listed in "sections"\./,
      ),
    ],
  ],
  [
    'pillar-reference: an unknown pillar on a case, with the known ids and a suggestion',
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.pillars = ['managment'];
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › pillars[0]: "managment" is not a pillar of 2017. Expected one of "concept", "production", "management", "technology", "living". Did you mean "management"? [pillar-reference]',
    ],
  ],
  [
    'pillar-reference: an unknown pillar on a KPI row',
    (content) => {
      content.kpis!.data.groups[2]!.rows[0]!.pillars = ['life'];
    },
    [
      'content/2017/kpis.json › groups[2].rows[0].pillars[0]: "life" is not a pillar of 2017. Expected one of "concept", "production", "management", "technology", "living". [pillar-reference]',
    ],
  ],
  [
    'no-duplicates: a chapter listed twice, and a pillar defined twice',
    (content) => {
      content.report!.data.chapters.push('outlook');
      content.pillars!.data.pillars.push(structuredClone(content.pillars!.data.pillars[0]!));
    },
    [
      'content/2017/pillars.json › pillars: "concept" appears more than once. Each must be unique. [no-duplicates]',
      'content/2017/report.json › chapters: "outlook" appears more than once. Each must be unique. [no-duplicates]',
    ],
  ],
  [
    "case-placement: a case's unknown chapter",
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.chapter = 'managment';
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › chapter: "managment" is not a chapter of 2017. Expected one of "foreword", "footprint", "management", "operations", "ecosystem", "pioneer", "performance", "outlook". Did you mean "management"? [case-placement]',
    ],
  ],
  [
    'case-placement: a section that does not exist',
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.section = '碳交易市场';
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › section: "碳交易市场" is not a heading of the chapter "management". Expected one of "绿色发展理念", "中铝降碳模型", "绿色管理体系", "组织与制度建设", "碳交易市场建设", "绿色能力建设", "基础科学研究", "管理人才培训". Did you mean "碳交易市场建设"? [case-placement]',
    ],
  ],
  [
    'case-placement: a case placed under another section than the one it names',
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.section = '组织与制度建设';
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › section: The case says it stands under "组织与制度建设", but <Case id="ningxia-energy-cdm" /> stands under "碳交易市场建设". Move the tag under "组织与制度建设", or correct "section". [case-placement]',
    ],
  ],
  [
    'case-headings: a heading inside a case',
    (content) => {
      const redMud = caseOf(content, 'red-mud-utilisation');
      setBody(redMud, `${redMud.body}\n### 小结\n`);
    },
    [
      expect.stringMatching(
        /^content\/2017\/cases\/red-mud-utilisation\.mdx:\d+ › body: A case has no headings of its own; write "小结" as a bold lead-in \(\*\*小结\*\*\) instead of ###\. \[case-headings\]$/,
      ),
    ],
  ],
  [
    'table-placement: a table under a heading its chapter does not have',
    (content) => {
      content.tables!.data.tables[0]!.section = '控制废水';
    },
    [
      'content/2017/tables.json › tables[0].section: "控制废水" is not a heading of the chapter "operations". Expected one of "建设科技企业", "推进科技创新", "创新管理模式", "推广环保产品", "轻量化产品", "减量化包装", "低碳化运输", "加强节能减排", "使用清洁能源", "研发降耗技术", "控制废水排放", "适应气候变化", "发展循环经济", "修复生态环境". [table-placement]',
    ],
  ],
  [
    'table-columns: a row with a value missing',
    (content) => {
      content.tables!.data.tables[0]!.rows[1]!.values.pop();
    },
    [
      'content/2017/tables.json › tables[0].rows[1].values: The row "再生水使用量" has 2 values for 3 columns. Give one value per column. [table-columns]',
    ],
  ],
  [
    'figure-placement: a key figure under a section that is no heading',
    (content) => {
      chapter(content, 'operations').data.figures[3]!.section = '轻量化';
    },
    [
      expect.stringMatching(
        /^content\/2017\/chapters\/04-operations\.mdx › figures\[3\]\.section: "轻量化" is not a heading of the chapter's text\. Expected one of .* Did you mean "轻量化产品"\? \[figure-placement\]$/,
      ),
      expect.stringMatching(
        /^content\/2017\/chapters\/04-operations\.mdx:\d+ › body: <KeyFigures section="轻量化产品" \/> shows nothing: no entry of "figures" has that section\. \[tag-reference\]$/,
      ),
    ],
  ],
  [
    'photo-placement: a photo under a section that is no heading',
    (content) => {
      chapter(content, 'operations').data.photos[1]!.section = '修复环境';
    },
    [
      expect.stringMatching(
        /^content\/2017\/chapters\/04-operations\.mdx › photos\[1\]\.section: "修复环境" is not a heading of the chapter's text\. Expected one of .* Did you mean "修复生态环境"\? \[photo-placement\]$/,
      ),
      expect.stringMatching(
        /^content\/2017\/chapters\/04-operations\.mdx:\d+ › body: <Photos section="修复生态环境" \/> shows nothing: no entry of "photos" has that section\. \[tag-reference\]$/,
      ),
    ],
  ],
  [
    'tag-reference and tag-placement: a <Case> naming no case, and the case left unplaced',
    (content) => {
      replaceInBody(
        content,
        'management',
        '<Case id="ningxia-energy-cdm" />',
        '<Case id="ningxia-energy" />',
      );
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › (file): The case is not placed in any chapter, so it would not be published. Add <Case id="ningxia-energy-cdm" /> to content/2017/chapters/03-management.mdx under the heading "碳交易市场建设". [tag-placement]',
      expect.stringMatching(
        /^content\/2017\/chapters\/03-management\.mdx:\d+ › body: <Case id="ningxia-energy" \/> names no case of 2017\. Expected one of .* Did you mean "ningxia-energy-cdm"\? \[tag-reference\]$/,
      ),
    ],
  ],
  [
    'tag-reference and tag-placement: a <DataTable> naming no table, and the table left unplaced',
    (content) => {
      replaceInBody(
        content,
        'operations',
        '<DataTable id="water-use" />',
        '<DataTable id="water" />',
      );
    },
    [
      expect.stringMatching(
        /^content\/2017\/chapters\/04-operations\.mdx:\d+ › body: <DataTable id="water" \/> names no table in content\/2017\/tables\.json\. Expected one of "water-use", "solid-waste-utilisation"\. \[tag-reference\]$/,
      ),
      'content/2017/tables.json › tables[0].id: The table "water-use" must be placed exactly once, in the chapter "operations", with <DataTable id="water-use" />; found it in (none). [tag-placement]',
    ],
  ],
  [
    'tag-placement: a case placed twice, and key figures not shown',
    (content) => {
      replaceInBody(
        content,
        'operations',
        '<KeyFigures section="轻量化产品" />',
        '<Case id="ningxia-energy-cdm" />',
      );
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › chapter: The case belongs to "management" but <Case id="ningxia-energy-cdm" /> stands in "management", "operations". Place it once, in its own chapter. [tag-placement]',
      'content/2017/chapters/04-operations.mdx › figures[3]: "第四代铝合金 7055 大规格铸锭成型率提高到" is not shown: add <KeyFigures section="轻量化产品" /> to the text where it belongs. [tag-placement]',
    ],
  ],
  [
    'kpi-year-values: a value for a year outside the table, and a year without a value',
    (content) => {
      content.kpis!.data.groups[0]!.rows[0]!.values = { '2014': 1, '2015': 15.2, '2016': 14.5 };
    },
    [
      'content/2017/kpis.json › groups[0].rows[0].values.2014: The KPI "environmental-investment" has a value for 2014, which is not one of the table\'s years ("2015", "2016", "2017"). Add 2014 to "years" or remove the value. [kpi-year-values]',
      'content/2017/kpis.json › groups[0].rows[0].values: The KPI "environmental-investment" has no value for 2017. Write the number, or "not-reported" where the report prints "-". [kpi-year-values]',
    ],
  ],
  [
    'kpi-as-published: a printed text that changes the number',
    (content) => {
      content.kpis!.data.groups[1]!.rows[0]!.asPublished = { '2017': '41.45%' };
    },
    [
      'content/2017/kpis.json › groups[1].rows[0].asPublished.2017: The printed text "41.45%" does not show the value 14.45 of 2017. "asPublished" may only change how a number is written (like "14.45%" or "+12.2" for 14.45 or 12.2), never the number. [kpi-as-published]',
    ],
  ],
  [
    'every problem is reported in one run',
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.pillars = ['x'];
      caseOf(content, 'hzg-agitator').data.chapter = 'nowhere';
      content.kpis!.data.groups[0]!.rows[0]!.pillars = ['y'];
    },
    [
      expect.stringMatching(/hzg-agitator\.mdx › chapter: "nowhere" .* \[case-placement\]$/),
      expect.stringMatching(/ningxia-energy-cdm\.mdx › pillars\[0\]: "x" .* \[pillar-reference\]$/),
      expect.stringMatching(
        /kpis\.json › groups\[0\]\.rows\[0\]\.pillars\[0\]: "y" .* \[pillar-reference\]$/,
      ),
    ],
  ],
];

describe('rules across the files of a year', () => {
  test.each(cases)('%s', async (_name, breakIt, expected) => {
    const content = copyYear();
    breakIt(content);
    expect(await messages(content)).toEqual(expected);
  });
});

describe('files that could not be read: the rules that depend on them stand aside', () => {
  test('pillars.json', async () => {
    const content = copyYear();
    content.pillars = undefined;
    content.unreadable = new Set(['pillars.json']);
    expect(await messages(content)).toEqual([]);
  });

  test('tables.json', async () => {
    const content = copyYear();
    content.tables = undefined;
    content.unreadable = new Set(['tables.json']);
    expect(await messages(content)).toEqual([]);
  });

  test('a chapter, with the case and the table that stand in it', async () => {
    const content = copyYear();
    content.chapters = content.chapters.filter((c) => c.id !== 'operations');
    content.unreadable = new Set(['chapters/operations']);
    expect(await messages(content)).toEqual([]);
  });

  test('a case named by a <Case> tag', async () => {
    const content = copyYear();
    content.cases = content.cases.filter((c) => c.id !== 'ningxia-energy-cdm');
    content.unreadable = new Set(['cases/ningxia-energy-cdm']);
    expect(await messages(content)).toEqual([]);
  });
});
