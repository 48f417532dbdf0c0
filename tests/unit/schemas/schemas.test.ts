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
      'year: expected a year written as a number (like 2017), found "2017"',
    ],
    [
      'report with an invalid date',
      reportSchema,
      { ...report, period: { start: '2017-13-01', end: '2017-12-31' } },
      'period.start: expected a date written as YYYY-MM-DD (like "2018-06-13"), found "2017-13-01"',
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
      'chapter: expected an id of lowercase ASCII letters, digits and hyphens (like "green-office"), found "绿之根"',
    ],
    [
      'case without pillars',
      caseSchema,
      { ...aCase, pillars: [] },
      'pillars: expected at least one pillar id (concept, production, management, technology, living)',
    ],
    [
      'case figure with a unit in the value',
      caseSchema,
      { ...aCase, figures: [{ label: '减排', value: '88.7%', unit: '' }] },
      'figures.0.value: expected a number without unit or text (like 35 or 209.9), found "88.7%"; put the unit in "unit"',
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
      'title: expected text, found an empty string',
    ],
    [
      'case photo named by its old path under public/',
      caseSchema,
      { ...aCase, photos: [{ caption: '皮带', src: '/photos/2017/belt.jpg' }] },
      'photos.0.src: expected the file name of a picture in this year\'s photos/ folder, in lowercase letters, digits and hyphens, ending in .jpg, .jpeg, .png or .webp (like "fhest-technology.jpg"), found "/photos/2017/belt.jpg"',
    ],
    [
      'chapter photo in a format the site cannot resize',
      chapterSchema,
      { ...aChapter, photos: [{ id: 'belt', section: 'x', caption: '皮带', src: 'belt.heic' }] },
      'photos.0.src: expected the file name of a picture in this year\'s photos/ folder, in lowercase letters, digits and hyphens, ending in .jpg, .jpeg, .png or .webp (like "fhest-technology.jpg"), found "belt.heic"',
    ],
  ] as const)('%s', (_what, schema, input, expected) => {
    expect(firstIssue(schema, input)).toBe(expected);
  });

  test('a KPI value written with its unit', () => {
    const broken = structuredClone(kpis);
    broken.groups[1].rows[0].values['2017'] = '14.45%';
    expect(firstIssue(kpiTableSchema, broken)).toBe(
      'groups.1.rows.0.values.2017: expected a number without unit (like 14.45) or "not-reported" where the report prints "-", found "14.45%"',
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
      /^groups\.0\.rows\.0\.values\.17: expected a four-digit year/,
    );
  });
});
