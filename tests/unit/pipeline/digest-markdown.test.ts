/**
 * The digest's safety and size: content text is untrusted, so nothing in it may become HTML, a
 * link, an image, a mention or a table cell once GitHub renders the Markdown (marked, with GFM,
 * stands in for GitHub's renderer); and the digest fits GitHub's limits, saying what it left out.
 */
import { marked } from 'marked';
import { byTag, elements, parseHtml, textOf } from '../../../scripts/lib/html.ts';
import { describe, expect, test } from 'vitest';
import type { YearDiff } from '../../../src/pipeline/content-diff.ts';
import {
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  digestMarkdown,
  fitDigest,
} from '../../../src/pipeline/digest-markdown.ts';
import { isDocument, parseMdx } from '../../../src/pipeline/mdx-document.ts';
import { proseChanges, proseOf, wordExcerpt } from '../../../src/pipeline/prose-diff.ts';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[点我](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '<script>alert(1)</script>',
  '@octocat #1 | 单元格 | `code` **粗** $x^2$ ~~删~~',
  'https://evil.example/ 和 javascript:alert(1)',
].join(' ');

const hostileYear = (): YearDiff => ({
  year: 2018,
  before: 'absent',
  after: 'draft',
  kpis: [
    {
      kpi: 'office-power',
      name: HOSTILE,
      dataYear: '2018',
      before: undefined,
      after: 12,
      unit: HOSTILE,
      declaredBy: [],
      undeclaredInSealedYear: false,
    },
  ],
  carriedKpis: 0,
  entries: [
    {
      kind: 'case',
      change: 'changed',
      id: 'x',
      title: HOSTILE,
      file: 'content/2018/cases/x`y.mdx',
      chapter: 'intro',
      fields: ['title'],
      prose: proseChanges('一段正文。', `一段正文。${HOSTILE}`),
    },
  ],
  pages: [{ label: HOSTILE, path: '/2018/intro/' }],
  pdfs: [],
  unreadable: [],
});

describe('hostile content text', () => {
  const markdown = digestMarkdown({
    base: 'main',
    years: [hostileYear()],
    problems: [],
    warnings: [],
  });
  const html = marked.parse(markdown, { gfm: true, async: false });

  test('renders as text: no element, link, image or script of its own', () => {
    const all = elements(parseHtml(html));
    expect(byTag(parseHtml(html), 'img', 'script', 'a')).toEqual([]);
    expect(
      all.filter((element) => element.name === 'code' && textOf(element).startsWith('`')),
    ).toEqual([]);
    expect(
      all.flatMap(({ attribs }) =>
        Object.keys(attribs).filter((name) => /^(href|src|on\w+)$/.test(name)),
      ),
    ).toEqual([]);
    // The only tags are the digest's own.
    const tags = new Set(all.map((element) => element.name));
    expect([...tags].sort()).toEqual(
      [
        'code',
        'h2',
        'h3',
        'h4',
        'ins',
        'li',
        'p',
        'strong',
        'table',
        'tbody',
        'td',
        'th',
        'thead',
        'tr',
        'ul',
      ].sort(),
    );
  });

  test('keeps the table to its six columns and mentions nobody', () => {
    const row = markdown.split('\n').find((line) => line.includes('office-power'))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(markdown).not.toMatch(/@octocat|javascript:|https:\/\//);
  });

  test('shows the text as written once rendered', () => {
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('[点我](javascript:alert(1))');
  });
});

describe('excerpts of changed prose', () => {
  test('show the changed words with about 20 characters of context', () => {
    const before = `${'甲'.repeat(50)}共计循环使用 20.1 万条次，${'乙'.repeat(50)}`;
    const after = `${'甲'.repeat(50)}共计循环使用 21.3 万条次，${'乙'.repeat(50)}`;
    expect(wordExcerpt(before, after)).toEqual([
      { type: 'same', text: `…${'甲'.repeat(13)}共计循环使用 ` },
      { type: 'removed', text: '20.1' },
      { type: 'added', text: '21.3' },
      { type: 'same', text: ` 万条次，${'乙'.repeat(15)}…` },
    ]);
  });

  test('show one figure changed in a long Chinese paragraph, words found without spaces', () => {
    const paragraph = (count: string) =>
      `管理正文：全年组织节能培训12期，覆盖各生产单位的管理人员和一线员工共计${count}人次，培训内容包括能源计量、余热利用和电解槽节能操作规范，培训后的考核合格率为98.5%，未合格人员已安排补训。`;
    expect(wordExcerpt(paragraph('3560'), paragraph('3650'))).toEqual([
      { type: 'same', text: '…，覆盖各生产单位的管理人员和一线员工共计' },
      { type: 'removed', text: '3560' },
      { type: 'added', text: '3650' },
      { type: 'same', text: '人次，培训内容包括能源计量、余热利用和…' },
    ]);
  });

  test('tell paragraphs added and removed whole, shortened', () => {
    expect(
      proseChanges('第一段。\n\n第二段。', '第一段。\n\n第三段。\n\n' + '新'.repeat(100)),
    ).toEqual([
      {
        change: 'changed',
        excerpt: [
          { type: 'removed', text: '第二' },
          { type: 'added', text: '第三' },
          { type: 'same', text: '段。' },
        ],
      },
      { change: 'added', excerpt: [{ type: 'added', text: `${'新'.repeat(60)}…` }] },
    ]);
  });
});

describe('prose of an MDX file', () => {
  const prose = (text: string) => {
    const document = parseMdx(text);
    if (!isDocument(document)) throw new Error(document.reason);
    return proseOf(text, document);
  };

  test('leaves out frontmatter, imports, comments and expressions, and keeps tags', () => {
    expect(
      prose(
        [
          '---',
          'title: 引言',
          '---',
          '',
          "import X from './x';",
          '',
          '{/* 在此填写正文 */}',
          '',
          '正文 {/* 行内注释 */} 与 {1 + 1} 结束。',
          '第二行',
          '{/* 独占一行的注释 */}',
          '第三行',
          '',
          '<Case id="a-case" />',
          '',
        ].join('\n'),
      ),
    ).toBe('\n\n正文 与 结束。\n第二行\n第三行\n\n<Case id="a-case" />\n');
  });

  test("a scaffold's placeholder replaced by a sentence is an added paragraph", () => {
    const before = prose('## 管理\n\n{/* 在此填写本节正文 */}\n');
    const after = prose('## 管理\n\n2018 年管理正文，取代了新年度留下的占位注释。\n');
    expect(proseChanges(before, after)).toEqual([
      {
        change: 'added',
        excerpt: [{ type: 'added', text: '2018 年管理正文，取代了新年度留下的占位注释。' }],
      },
    ]);
  });

  test('a comment changed alone changes no prose', () => {
    expect(proseChanges(prose('正文。{/* 甲 */}\n'), prose('正文。{/* 乙 */}\n'))).toEqual([]);
  });
});

describe('GitHub limits', () => {
  const big = digestMarkdown({
    base: 'main',
    years: Array.from({ length: 400 }, (_, i) => ({ ...hostileYear(), year: 2000 + i })),
    problems: [],
    warnings: [],
  });

  test('a comment is cut at a line, with a note of what was left out and where the whole is', () => {
    expect(big.length).toBeGreaterThan(COMMENT_LIMIT);
    const cut = fitDigest(big, COMMENT_LIMIT, { whole: '这次运行的 job summary' });
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(big.startsWith(cut.slice(0, cut.indexOf('\n\n---\n\n')))).toBe(true);
    const left =
      big.split('\n').length - cut.slice(0, cut.indexOf('\n\n---\n\n')).split('\n').length;
    expect(cut).toContain(
      `**摘要太长，后面 ${left} 行没有显示**（GitHub 的上限是 65536 个字符）。完整的摘要：这次运行的 job summary`,
    );
  });

  test('a job summary is measured in bytes', () => {
    const cut = fitDigest(big.repeat(3), 200_000, { unit: 'bytes', whole: 'x' });
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(200_000);
    expect(cut).toContain('字节');
    expect(fitDigest(big, SUMMARY_LIMIT, { unit: 'bytes', whole: 'x' })).toBe(big);
  });
});

test('more problems than GitHub annotates: says where the rest are', () => {
  const problems = Array.from({ length: 11 }, (_, i) => ({
    file: 'content/2018/kpis.json',
    field: `groups[0].rows[${i}].values`,
    message: '缺少 2018 年数值。',
    rule: 'kpi-year-values',
  }));
  expect(digestMarkdown({ base: 'main', years: [], problems, warnings: [] })).toContain(
    '✘ `npm run check`：**11 个问题**（`kpi-year-values` 11），改正后才能发布。问题标在文件改动的行旁边（GitHub 只标出前 10 个，全部问题见检查步骤的输出或本地的 `npm run check`）。',
  );
});

test("more warnings and a draft's to-do items than GitHub annotates: says where the rest are", () => {
  const pending = Array.from({ length: 8 }, (_, i) => ({
    file: 'content/2018/kpis.json',
    field: `groups[0].rows[${i}].values`,
    message: '缺少 2018 年数值。',
    rule: 'kpi-year-values',
  }));
  const warnings = pending.slice(0, 3).map((p) => ({ ...p, rule: 'kpi-values-repeated' }));
  const shown = digestMarkdown({ base: 'main', years: [], problems: [], warnings, pending });
  expect(shown).toContain(
    '警告和待完成项 GitHub 只在改动的行旁标出前 10 个，全部见检查步骤的输出或本地的 `npm run check`。',
  );
  // Ten or fewer in all: every one is beside its line, and nothing is said.
  expect(
    digestMarkdown({ base: 'main', years: [], problems: [], warnings, pending: pending.slice(1) }),
  ).not.toContain('只在改动的行旁标出');
});

test('changes to earlier figures come before new ones, undeclared changes to a sealed year first', () => {
  const figure = (kpi: string, before: number | undefined, after: number, sealed = false) => ({
    kpi,
    name: kpi,
    dataYear: before === undefined ? '2018' : '2017',
    before,
    after,
    unit: '人次',
    declaredBy: sealed || before === undefined ? [] : (['restatement'] as const).slice(),
    undeclaredInSealedYear: sealed,
  });
  const markdown = digestMarkdown({
    base: 'main',
    years: [
      {
        ...hostileYear(),
        kpis: [
          figure('training', undefined, 571200),
          figure('office-power', 370, 372),
          figure('investment', 1.9, 2.1, true),
        ],
        entries: [],
        pages: [],
      },
    ],
    problems: [],
    warnings: [],
  });
  const rows = markdown.split('\n').filter((line) => line.startsWith('|') && line.includes('（`'));
  expect(rows.map((row) => row.split('|')[2]?.trim())).toEqual([
    'investment（`investment`）',
    'office-power（`office-power`）',
    'training（`training`）',
  ]);
  expect(markdown).toContain('| — → 571200 | 人次 | 新数值 |');
  expect(markdown).toContain('| 370 → 372 | 人次 | 重述（`restatements`） |');
});
