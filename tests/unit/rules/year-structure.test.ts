/**
 * The rules that check a year's files against each other, on broken copies of the real 2017 content:
 * each case names what it breaks and the exact messages (with the rule's id) an editor reads.
 */
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/data/content/problems.ts';
import type { YearContent } from '../../../src/data/content/year-content.ts';
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
      'content/2017/kpis.json › (file)：2017 年的文件夹中没有 kpis.json。每个年份都必须有 report.json、pillars.json 和 kpis.json。请从另一年复制一份 kpis.json 到 content/2017/，再按 2017 年的报告改写其中的内容。 [year-files]',
    ],
  ],
  [
    'report-year: a year folder whose report.json names another year',
    (content) => {
      content.report!.data.year = 2018;
    },
    [
      'content/2017/report.json › year："year" 写的是 2018 年，但文件在 content/2017/ 文件夹中。两者应一致。请把 "year" 改为 2017，或把这一年的文件移到 content/2018/。 [report-year]',
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
      'content/2017/chapters/08-outlook.mdx › (file)：章节 "outlook" 没有列在 content/2017/report.json 的 "chapters" 中，不会发布。每个章节文件都应列在那里。请把 "outlook" 按发布顺序加到 "chapters" 中。 [chapter-order]',
      'content/2017/report.json › chapters[7]："chapters" 列出了 "future"，但没有这一章的文件。应有文件 content/2017/chapters/NN-future.mdx（NN 为序号）。请添加这个文件，或改正或删除 "chapters" 中的这一项。 [chapter-order]',
    ],
  ],
  [
    'reserved-chapter-id: a chapter that would take the address of the search page',
    (content) => {
      chapter(content, 'outlook').id = 'search';
      content.report!.data.chapters[7] = 'search';
    },
    [
      'content/2017/chapters/08-outlook.mdx › (file)：章节 id "search"（取自文件名）是网站保留的名字：/2017/search/ 是网站自己的页面，章节页不能占用这一地址。章节 id 不能是以下任何一个："cases"、"kpis"、"pillars"、"print"、"search"、"data"。请给文件改名（章节 id 就是去掉开头序号的文件名），并同样改正 report.json 的 "chapters" 中的 id。 [reserved-chapter-id]',
    ],
  ],
  [
    'chapter-text: an empty chapter is told once, without what follows from its text',
    (content) => {
      setBody(chapter(content, 'outlook'), '\n');
    },
    [
      'content/2017/chapters/08-outlook.mdx › body：本章在 frontmatter 之下没有正文，发布后会是空页面。每一章都应有正文。请在 frontmatter 结尾的 --- 之下写正文；还没写好时，请在 frontmatter 中写 "draft: true"，写好后再删除。 [chapter-text]',
    ],
  ],
  [
    'chapter-headings: a heading deeper than ###',
    (content) => {
      replaceInBody(content, 'management', '### 碳交易市场建设', '#### 碳交易市场建设');
    },
    [
      'content/2017/chapters/03-management.mdx:49 › body：标题 "碳交易市场建设" 用了 ####。章节正文中小节标题应用 ##，下一级标题用 ###（页面上的 # 标题就是章节标题）。请把这一行开头的 #### 改为 ## 或 ###。 [chapter-headings]',
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
      'content/2017/chapters/04-operations.mdx › sections[0].heading："建设科技" 不是本章正文的标题。应为其中之一："建设科技企业"、"推进科技创新"、"创新管理模式"、"推广环保产品"、"轻量化产品"、"减量化包装"、"低碳化运输"、"加强节能减排"、"使用清洁能源"、"研发降耗技术"、"控制废水排放"、"适应气候变化"、"发展循环经济"、"修复生态环境"。是否应为 "建设科技企业"？请改正 "heading"，使它与正文中的标题一字不差。 [chapter-sections]',
      'content/2017/chapters/04-operations.mdx:77 › sections：小节 "建设科技企业" 没有列在 "sections" 中，支柱页找不到它。正文的每个 ## 标题都应列在 "sections" 中。请按正文的顺序加上 { heading: 建设科技企业, pillars: [待填写] }，并把“待填写”换成本节所属支柱的 id（应为其中之一："concept"、"production"、"management"、"technology"、"living"）。 [chapter-sections]',
      'content/2017/chapters/04-operations.mdx:165 › sections：小节 "适应气候变化" 没有列在 "sections" 中，支柱页找不到它。正文的每个 ## 标题都应列在 "sections" 中。请按正文的顺序加上 { heading: 适应气候变化, pillars: [待填写] }，并把“待填写”换成本节所属支柱的 id（应为其中之一："concept"、"production"、"management"、"technology"、"living"）。 [chapter-sections]',
    ],
  ],
  [
    'pillar-reference: an unknown pillar on a case, with the known ids and a suggestion',
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.pillars = ['managment'];
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › pillars[0]：支柱 "managment" 不是 2017 年的支柱（content/2017/pillars.json 中没有它）。应为其中之一："concept"、"production"、"management"、"technology"、"living"。是否应为 "management"？请改正这个 id；若确是新支柱，请先在 pillars.json 中添加它。 [pillar-reference]',
    ],
  ],
  [
    'pillar-reference: an unknown pillar on a KPI row',
    (content) => {
      content.kpis!.data.groups[2]!.rows[0]!.pillars = ['life'];
    },
    [
      'content/2017/kpis.json › groups[2].rows[0].pillars[0]：支柱 "life" 不是 2017 年的支柱（content/2017/pillars.json 中没有它）。应为其中之一："concept"、"production"、"management"、"technology"、"living"。请改正这个 id；若确是新支柱，请先在 pillars.json 中添加它。 [pillar-reference]',
    ],
  ],
  [
    'no-duplicates: a chapter listed twice, and a pillar defined twice',
    (content) => {
      content.report!.data.chapters.push('outlook');
      content.pillars!.data.pillars.push(structuredClone(content.pillars!.data.pillars[0]!));
    },
    [
      'content/2017/pillars.json › pillars[5].id：支柱 id "concept" 与 "pillars[0].id" 重复。每个支柱的 id 必须唯一。请删除重复的支柱，或给它改一个自己的 "id"。 [no-duplicates]',
      'content/2017/report.json › chapters[8]：章节 id "outlook" 与 "chapters[7]" 重复。每章在 "chapters" 中只能列一次。请删除重复的一项。 [no-duplicates]',
    ],
  ],
  [
    "case-placement: a case's unknown chapter",
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.chapter = 'managment';
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › chapter："managment" 不是 2017 年报告的章节。应为其中之一："foreword"、"footprint"、"management"、"operations"、"ecosystem"、"pioneer"、"performance"、"outlook"。是否应为 "management"？请改正 "chapter"。 [case-placement]',
    ],
  ],
  [
    'case-placement: a section that does not exist',
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.section = '碳交易市场';
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › section："碳交易市场" 不是章节 "management" 正文的标题。应为其中之一："绿色发展理念"、"中铝降碳模型"、"绿色管理体系"、"组织与制度建设"、"碳交易市场建设"、"绿色能力建设"、"基础科学研究"、"管理人才培训"。是否应为 "碳交易市场建设"？请改正 "section"，使它与正文中的标题一字不差。 [case-placement]',
    ],
  ],
  [
    'case-placement: a case placed under another section than the one it names',
    (content) => {
      caseOf(content, 'ningxia-energy-cdm').data.section = '组织与制度建设';
    },
    [
      'content/2017/cases/ningxia-energy-cdm.mdx › section：案例的 "section" 是 "组织与制度建设"，但 <Case id="ningxia-energy-cdm" /> 放在标题 "碳交易市场建设" 下。标签应放在 "section" 所写的标题下。请把标签移到标题 "组织与制度建设" 下，或改正 "section"。 [case-placement]',
    ],
  ],
  [
    'case-headings: a heading inside a case',
    (content) => {
      const redMud = caseOf(content, 'red-mud-utilisation');
      setBody(redMud, `${redMud.body}\n### 小结\n`);
    },
    [
      'content/2017/cases/red-mud-utilisation.mdx:26 › body：案例正文中有标题 "小结"（###）。案例显示在章节某个标题下的方框里，不能有自己的标题。请把这一行改为加粗的引导语：**小结**。 [case-headings]',
    ],
  ],
  [
    'table-placement: a table under a heading its chapter does not have',
    (content) => {
      content.tables!.data.tables[0]!.section = '控制废水';
    },
    [
      'content/2017/tables.json › tables[0].section：表格 "water-use" 的 "section" 为 "控制废水"，但它不是章节 "operations"（content/2017/chapters/04-operations.mdx）正文的标题。应为其中之一："建设科技企业"、"推进科技创新"、"创新管理模式"、"推广环保产品"、"轻量化产品"、"减量化包装"、"低碳化运输"、"加强节能减排"、"使用清洁能源"、"研发降耗技术"、"控制废水排放"、"适应气候变化"、"发展循环经济"、"修复生态环境"。是否应为 "控制废水排放"？请改正 "section"，使它与正文中的标题一字不差。 [table-placement]',
    ],
  ],
  [
    'table-columns: a row with a value missing',
    (content) => {
      content.tables!.data.tables[0]!.rows[1]!.values.pop();
    },
    [
      'content/2017/tables.json › tables[0].rows[1].values：表格 "water-use" 的行 "再生水使用量" 有 2 个数值，而表格有 3 列（"2015"、"2016"、"2017"）。每一列应有一个数值，按列的顺序排列。请补上缺少的数值。 [table-columns]',
    ],
  ],
  [
    'figure-placement: a key figure under a section that is no heading',
    (content) => {
      chapter(content, 'operations').data.figures[3]!.section = '轻量化';
    },
    [
      'content/2017/chapters/04-operations.mdx › figures[3].section："轻量化" 不是本章正文的标题。应为其中之一："建设科技企业"、"推进科技创新"、"创新管理模式"、"推广环保产品"、"轻量化产品"、"减量化包装"、"低碳化运输"、"加强节能减排"、"使用清洁能源"、"研发降耗技术"、"控制废水排放"、"适应气候变化"、"发展循环经济"、"修复生态环境"。是否应为 "轻量化产品"？请改正 "section"，使它与正文中的标题一字不差。 [figure-placement]',
      'content/2017/chapters/04-operations.mdx:119 › body：<KeyFigures section="轻量化产品" /> 什么也不显示：frontmatter 的 "figures" 中没有 "section" 为 "轻量化产品" 的关键数字。"section" 应为其中之一："推进科技创新"、"轻量化"、"研发降耗技术"。是否应为 "轻量化"？请改正标签的 section，或在 "figures" 中添加这一小节的关键数字；没有要显示的就删除这个标签。 [tag-reference]',
    ],
  ],
  [
    'photo-placement: a photo under a section that is no heading',
    (content) => {
      chapter(content, 'operations').data.photos[1]!.section = '修复环境';
    },
    [
      'content/2017/chapters/04-operations.mdx › photos[1].section："修复环境" 不是本章正文的标题。应为其中之一："建设科技企业"、"推进科技创新"、"创新管理模式"、"推广环保产品"、"轻量化产品"、"减量化包装"、"低碳化运输"、"加强节能减排"、"使用清洁能源"、"研发降耗技术"、"控制废水排放"、"适应气候变化"、"发展循环经济"、"修复生态环境"。是否应为 "修复生态环境"？请改正 "section"，使它与正文中的标题一字不差。 [photo-placement]',
      'content/2017/chapters/04-operations.mdx:187 › body：<Photos section="修复生态环境" /> 什么也不显示：frontmatter 的 "photos" 中没有 "section" 为 "修复生态环境" 的图片。"section" 应为其中之一："研发降耗技术"、"修复环境"。是否应为 "修复环境"？请改正标签的 section，或在 "photos" 中添加这一小节的图片；没有要显示的就删除这个标签。 [tag-reference]',
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
      'content/2017/cases/ningxia-energy-cdm.mdx › (file)：案例 "ningxia-energy-cdm" 没有放进任何章节，不会发布。案例应显示在所属章节 "management" 中。请把 <Case id="ningxia-energy-cdm" /> 加到 content/2017/chapters/03-management.mdx 的标题 "碳交易市场建设" 下面。 [tag-placement]',
      'content/2017/chapters/03-management.mdx:55 › body：<Case> 标签的 id "ningxia-energy" 不是 2017 年的案例（content/2017/cases/ 中没有这个案例）。应为其中之一："bauxite-belt-conveyor"、"chalco-logistics-joint-action"、"chuxiong-mining-energy-saving"、"coal-to-gas-boiler"、"hzg-agitator"、"innovation-training"、"mianchi-land-reclamation"、"ningxia-energy-cdm"、"red-mud-utilisation"、"zhongzhou-water-saving"。是否应为 "ningxia-energy-cdm"？请改正 id，或先在 cases/ 中添加这个案例。 [tag-reference]',
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
      'content/2017/chapters/04-operations.mdx:161 › body：<DataTable> 标签的 id "water" 不是 content/2017/tables.json 中的表格。应为其中之一："water-use"、"solid-waste-utilisation"。请改正 id，或先在 tables.json 中添加这个表格。 [tag-reference]',
      'content/2017/tables.json › tables[0].id：表格 "water-use" 没有放进任何章节，不会发布。表格应显示在所属章节 "operations" 中。请把 <DataTable id="water-use" /> 加到该章的标题 "控制废水排放" 下面。 [tag-placement]',
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
      'content/2017/cases/ningxia-energy-cdm.mdx › chapter：案例 "ningxia-energy-cdm" 属于章节 "management"，但 <Case id="ningxia-energy-cdm" /> 出现在章节 "management"、"operations" 中（共 2 处）。案例应只在所属章节中放置一次。请只在章节 "management" 中保留一个 <Case id="ningxia-energy-cdm" />，删除其余的；若案例确属别的章节，请改正 "chapter"。 [tag-placement]',
      'content/2017/chapters/04-operations.mdx › figures[3]：关键数字 "第四代铝合金 7055 大规格铸锭成型率提高到" 没有显示：正文中没有 <KeyFigures section="轻量化产品" />，它不会发布。请把 <KeyFigures section="轻量化产品" /> 加到标题 "轻量化产品" 下面。 [tag-placement]',
    ],
  ],
  [
    'kpi-year-values: a value for a year outside the table, and a year without a value',
    (content) => {
      content.kpis!.data.groups[0]!.rows[0]!.values = { '2014': 1, '2015': 15.2, '2016': 14.5 };
    },
    [
      'content/2017/kpis.json › groups[0].rows[0].values.2014：指标 "environmental-investment" 的 "values" 中有 2014 年的数值，但 2014 年不是本表的年份（"years" 为 [2015, 2016, 2017]）。"values" 中只能有表中各年的数值。请把 2014 加进 "years"，或删除这个数值。 [kpi-year-values]',
      'content/2017/kpis.json › groups[0].rows[0].values：指标 "environmental-investment" 没有 2017 年的数值。表中直到 2017 年的每一年都应有数值。请在 "values" 中写上 "2017" 和报告印的数值；报告中印作“-”的，写 "not-reported"。 [kpi-year-values]',
    ],
  ],
  [
    'kpi-as-published: a printed text that changes the number',
    (content) => {
      content.kpis!.data.groups[1]!.rows[0]!.asPublished = { '2017': '41.45%' };
    },
    [
      'content/2017/kpis.json › groups[1].rows[0].asPublished.2017："asPublished" 中 2017 年的文字 "41.45%" 与该行 2017 年的数值 14.45 不符。"asPublished" 只能改变数值的写法（如把 14.45 写作 "14.45%"，把 12.2 写作 "+12.2"），不能改变数值本身。请对照报告改正其中错的一处，使两者一致。 [kpi-as-published]',
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
      'content/2017/cases/hzg-agitator.mdx › chapter："nowhere" 不是 2017 年报告的章节。应为其中之一："foreword"、"footprint"、"management"、"operations"、"ecosystem"、"pioneer"、"performance"、"outlook"。请改正 "chapter"。 [case-placement]',
      'content/2017/cases/ningxia-energy-cdm.mdx › pillars[0]：支柱 "x" 不是 2017 年的支柱（content/2017/pillars.json 中没有它）。应为其中之一："concept"、"production"、"management"、"technology"、"living"。请改正这个 id；若确是新支柱，请先在 pillars.json 中添加它。 [pillar-reference]',
      'content/2017/kpis.json › groups[0].rows[0].pillars[0]：支柱 "y" 不是 2017 年的支柱（content/2017/pillars.json 中没有它）。应为其中之一："concept"、"production"、"management"、"technology"、"living"。请改正这个 id；若确是新支柱，请先在 pillars.json 中添加它。 [pillar-reference]',
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
