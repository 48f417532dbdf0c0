import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { caseSchema } from '../../../src/schemas/case.ts';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { dataTablesFileSchema } from '../../../src/schemas/data-table.ts';
import { honoursFileSchema } from '../../../src/schemas/honour.ts';
import { kpiTableSchema } from '../../../src/schemas/kpi.ts';
import { pillarsFileSchema } from '../../../src/schemas/pillar.ts';
import { reportSchema } from '../../../src/schemas/report.ts';
import { PROJECT_ROOT } from '../content-2017.ts';

const folder = join(PROJECT_ROOT, 'content/2017');
const json = (name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8'));
const frontmatters = (dir: string) =>
  readdirSync(join(folder, dir)).map((name) => {
    const text = readFileSync(join(folder, dir, name), 'utf8');
    return [name, parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '')] as const;
  });

/** The first issue of a failed parse, as "path: message". */
function firstIssue(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) return 'accepted';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('the real 2017 content is accepted', () => {
  test.each([
    ['report.json', reportSchema],
    ['pillars.json', pillarsFileSchema],
    ['honours.json', honoursFileSchema],
    ['kpis.json', kpiTableSchema],
    ['tables.json', dataTablesFileSchema],
  ] as const)('%s', (name, schema) => {
    expect(firstIssue(schema, json(name))).toBe('accepted');
  });

  test.each(frontmatters('chapters'))('chapter %s', (_name, data) => {
    expect(firstIssue(chapterSchema, data)).toBe('accepted');
  });

  test.each(frontmatters('cases'))('case %s', (_name, data) => {
    expect(firstIssue(caseSchema, data)).toBe('accepted');
  });
});

describe('malformed entries are rejected with the field named', () => {
  const report = json('report.json');
  const kpis = json('kpis.json');
  const aCase = frontmatters('cases')[0]![1];
  const aChapter = frontmatters('chapters').find(([name]) => name.includes('footprint'))![1];

  test.each([
    [
      'report without title',
      reportSchema,
      { ...report, title: undefined },
      'title: Invalid input: expected string, received undefined',
    ],
    [
      'report year as text',
      reportSchema,
      { ...report, year: '2017' },
      'year: 应为写成数字的年份（如 2017，不加引号），实际为 "2017"。',
    ],
    [
      'report with an invalid date',
      reportSchema,
      { ...report, period: { start: '2017-13-01', end: '2017-12-31' } },
      'period.start: 应为存在的日期，实际为 "2017-13-01"：没有 13 月',
    ],
    [
      'report with an unknown field',
      reportSchema,
      { ...report, titel: 'x' },
      ': Unrecognized key: "titel"',
    ],
    [
      'case with a non-ASCII chapter id',
      caseSchema,
      { ...aCase, chapter: '绿之根' },
      'chapter: 应为由小写英文字母、数字和连字符组成的标识（如 "green-office"），实际为 "绿之根"。',
    ],
    [
      'case without pillars',
      caseSchema,
      { ...aCase, pillars: [] },
      'pillars: 应为至少一个支柱的标识（concept、production、management、technology、living），实际一个也没有',
    ],
    [
      'case figure with a unit in the value',
      caseSchema,
      { ...aCase, figures: [{ label: '减排', value: '88.7%', unit: '' }] },
      'figures.0.value: 应为不带单位和文字的数字（如 35 或 209.9），实际为 "88.7%"。单位请写在 "unit" 中。',
    ],
    [
      'chapter figure with an unknown qualifier',
      chapterSchema,
      { ...aChapter, figures: [{ ...aChapter.figures[0], qualifier: '左右' }] },
      'figures.0.qualifier: Invalid option: expected one of "约"|"近"|"大于"|"余"|"多"|"以上"',
    ],
    [
      'chapter with an empty title',
      chapterSchema,
      { ...aChapter, title: '  ' },
      'title: 应为文字，实际为空',
    ],
    [
      'case photo named by its old path under public/',
      caseSchema,
      { ...aCase, photos: [{ caption: '皮带', src: '/photos/2017/belt.jpg' }] },
      'photos.0.src: 应为该年 photos/ 文件夹中图片的文件名，由小写英文字母、数字和连字符组成，以 .jpg、.jpeg、.png 或 .webp 结尾（如 "fhest-technology.jpg"），实际为 "/photos/2017/belt.jpg"。',
    ],
    [
      'chapter photo in a format the site cannot resize',
      chapterSchema,
      { ...aChapter, photos: [{ id: 'belt', section: 'x', caption: '皮带', src: 'belt.heic' }] },
      'photos.0.src: 应为该年 photos/ 文件夹中图片的文件名，由小写英文字母、数字和连字符组成，以 .jpg、.jpeg、.png 或 .webp 结尾（如 "fhest-technology.jpg"），实际为 "belt.heic"。',
    ],
  ] as const)('%s', (_what, schema, input, expected) => {
    expect(firstIssue(schema, input)).toBe(expected);
  });

  test('a KPI value written with its unit', () => {
    const broken = structuredClone(kpis);
    broken.groups[1].rows[0].values['2017'] = '14.45%';
    expect(firstIssue(kpiTableSchema, broken)).toBe(
      'groups.1.rows.0.values.2017: 应为不带单位和引号的数字（如 14.45），报告印作“-”处写 "not-reported"，实际为 "14.45%"。',
    );
  });

  test('a KPI with an unknown measure', () => {
    const broken = structuredClone(kpis);
    broken.groups[0].rows[0].measure = 'total';
    expect(firstIssue(kpiTableSchema, broken)).toMatch(
      /^groups\.0\.rows\.0\.measure: Invalid option/,
    );
  });

  test('a KPI year key that is not a year', () => {
    const broken = structuredClone(kpis);
    broken.groups[0].rows[0].values = { '17': 1.9 };
    expect(firstIssue(kpiTableSchema, broken)).toMatch(
      /^groups\.0\.rows\.0\.values\.17: 应为四位数年份作键（如 "2017"），实际为 "17"/,
    );
  });
});
