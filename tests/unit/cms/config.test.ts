import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { resolve } from 'node:path';
import { NEW_FILE_FIELD, buildCmsConfig, yearCollections } from '../../../src/cms/config.ts';
import type { CmsField } from '../../../src/cms/fields.ts';
import { cmsBackend, cmsYears } from '../../../src/cms/years.ts';
import { readEnvironment } from '../../../src/config/env.ts';
import { CONTENT_KINDS, COLLECTION_NAMES } from '../../../src/schemas/content-kinds.ts';
import { caseSchema } from '../../../src/schemas/case.ts';

/*
 * The CMS configuration is read from the schemas' definitions (src/cms/schema-shape.ts); this test
 * reads the same schemas another way, through zod's JSON Schema, and lists every disagreement.
 */

type Json = {
  type?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  enum?: string[];
  const?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  propertyNames?: Json;
  additionalProperties?: Json | boolean;
};

const jsonOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' }) as Json;

/** Every way `field` disagrees with the JSON Schema `json` of the same value, at `path`. */
function disagreements(json: Json, field: CmsField, path: string): string[] {
  const out: string[] = [];
  const say = (what: string) => out.push(`${path}: ${what}`);
  const nonNull = json.anyOf?.filter((s) => s.type !== 'null') ?? [];
  if (json.anyOf && nonNull.length === 1) return disagreements(nonNull[0]!, field, path);
  if (json.anyOf) {
    const words = json.anyOf.flatMap((s) => (s.const !== undefined ? [s.const] : []));
    if (field.widget !== 'kpi-value') say(`应为 kpi-value，实际为 ${field.widget}`);
    else if (JSON.stringify(field.words) !== JSON.stringify(words)) say(`words 不同`);
    return out;
  }
  if (json.type === 'object' && json.properties) {
    const fields = field.fields ?? [];
    for (const [name, sub] of Object.entries(json.properties)) {
      const match = fields.find((f) => f.name === name);
      if (!match) {
        say(`schema 的字段 ${name} 在 CMS 中没有`);
        continue;
      }
      const nullable = sub.anyOf?.some((s) => s.type === 'null') ?? false;
      // Decap counts an empty list as missing, so a list that may be empty is never required.
      const mayBeEmpty = sub.type === 'array' && !sub.minItems;
      const required = (json.required ?? []).includes(name) && !nullable && !mayBeEmpty;
      if (required !== (match.required !== false))
        say(`${name}: schema ${required ? '必填' : '可省略'}，CMS 不一致`);
      out.push(...disagreements(sub, match, `${path}.${name}`));
    }
    for (const f of fields)
      if (f.name !== 'body' && f.name !== NEW_FILE_FIELD && !(f.name in json.properties))
        say(`CMS 的字段 ${f.name} 不在 schema 中`);
    return out;
  }
  if (json.type === 'object') {
    if (field.widget !== 'year-values') say(`应为 year-values，实际为 ${field.widget}`);
    if (field.key_pattern !== json.propertyNames?.pattern) say('年份键的 pattern 不同');
    out.push(...disagreements(json.additionalProperties as Json, field.value_field!, `${path}.*`));
    return out;
  }
  if (json.type === 'array') {
    if (json.minItems !== field.min) say(`最少 ${json.minItems}，CMS ${field.min}`);
    if (json.maxItems !== field.max) say(`最多 ${json.maxItems}，CMS ${field.max}`);
    if (field.widget === 'select' && field.multiple) {
      const pattern = new RegExp(json.items!.pattern!);
      for (const o of field.options ?? [])
        if (!pattern.test(o.value)) say(`选项 ${o.value} 不合 schema`);
      return out;
    }
    if (field.widget !== 'list') say(`应为 list，实际为 ${field.widget}`);
    const element = field.field ?? { ...field, widget: 'object' };
    return [...out, ...disagreements(json.items!, element, `${path}[]`)];
  }
  if (json.enum) {
    const values = field.options?.map((o) => o.value);
    if (JSON.stringify(values) !== JSON.stringify(json.enum)) say(`选项不同：${values}`);
    return out;
  }
  if (json.type === 'string') {
    if (field.widget === 'select') {
      const pattern = new RegExp(json.pattern ?? '');
      for (const o of field.options ?? [])
        if (!pattern.test(o.value)) say(`选项 ${o.value} 不合 schema`);
      return out;
    }
    const regex = field.pattern ? new RegExp(field.pattern[0]) : undefined;
    if (json.pattern && !field.pattern?.[0].includes(json.pattern.replace(/^\^|\$$/g, '')))
      say(`pattern 应含 ${json.pattern}`);
    if (json.maxLength !== undefined) {
      if (!regex?.test('a'.repeat(json.maxLength))) say(`应接受 ${json.maxLength} 个字`);
      if (regex?.test('a'.repeat(json.maxLength + 1))) say(`应拒绝 ${json.maxLength + 1} 个字`);
    }
    if ((json.minLength ?? 0) > 0 && regex?.test('')) say('应拒绝空文字');
    return out;
  }
  if (json.type === 'number' || json.type === 'integer') {
    if (field.widget !== 'number') say(`应为 number，实际为 ${field.widget}`);
    if ((json.type === 'integer') !== (field.value_type === 'int')) say('整数与否不同');
    if (json.minimum !== field.min) say(`最小值 ${json.minimum}，CMS ${field.min}`);
    if (json.maximum !== field.max) say(`最大值 ${json.maximum}，CMS ${field.max}`);
    return out;
  }
  if (json.type === 'boolean' && field.widget !== 'boolean') say(`应为 boolean`);
  return out;
}

const fieldsOf = (collection: Record<string, unknown>) => collection['fields'] as CmsField[];
const YEAR = {
  year: 2017,
  pillars: ['concept', 'production'],
  chapters: ['foreword', 'outlook'],
  kpis: ['co2-change', 'office-power'],
  cases: ['hzg-agitator'],
};
const [files, ...folders] = yearCollections(YEAR);
const cmsFieldsOf = (name: (typeof COLLECTION_NAMES)[number]): CmsField[] => {
  const file = (files!['files'] as Record<string, unknown>[]).find((f) => f['name'] === name);
  return fieldsOf(file ?? folders.find((c) => c['name'] === `2017-${name}`)!);
};
const asObject = (fields: CmsField[]): CmsField => ({
  name: '',
  label: '',
  widget: 'object',
  fields,
});

describe('the CMS configuration generated from the schemas', () => {
  it.each(COLLECTION_NAMES)(
    '%s: every schema field has a CMS field that agrees with it',
    (name) => {
      const json = jsonOf(CONTENT_KINDS[name].schema);
      expect(disagreements(json, asObject(cmsFieldsOf(name)), name)).toEqual([]);
    },
  );

  it('fails when a schema field has no CMS field, or they disagree', () => {
    const wider = caseSchema.extend({ extra: z.string(), title: z.string().max(5) });
    expect(disagreements(jsonOf(wider), asObject(cmsFieldsOf('cases')), 'cases')).toEqual([
      'cases.title: 应拒绝 6 个字',
      'cases: schema 的字段 extra 在 CMS 中没有',
    ]);
  });

  it('keys the KPI values by year in a widget that keeps the record, and offers the pillars', () => {
    const rows = cmsFieldsOf('kpis')
      .find((f) => f.name === 'groups')!
      .fields!.find((f) => f.name === 'rows')!;
    const values = rows.fields!.find((f) => f.name === 'values')!;
    expect(values).toMatchObject({
      widget: 'year-values',
      key_pattern: '^\\d{4}$',
      label: '各年数值',
    });
    expect(values.value_field).toMatchObject({ widget: 'kpi-value', words: ['not-reported'] });
    expect(rows.fields!.find((f) => f.name === 'pillars')).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      options: [
        { label: 'concept', value: 'concept' },
        { label: 'production', value: 'production' },
      ],
    });
  });

  it('creates cases (their file name asked for once, never a field of the file), not chapters', () => {
    const [chapters, cases] = folders;
    expect(chapters).toMatchObject({ create: false });
    expect(cases).toMatchObject({ create: true, slug: `{{fields.${NEW_FILE_FIELD}}}` });
    expect(fieldsOf(cases!)[0]).toMatchObject({
      name: NEW_FILE_FIELD,
      widget: 'file-id',
      required: false,
      taken: ['hzg-agitator'],
    });
  });

  it('offers the year’s KPI rows wherever a restatement, correction or unit change names one', () => {
    const kpiFields = ['restatements', 'corrections', 'unitChanges'].map((list) =>
      cmsFieldsOf('kpis')
        .find((f) => f.name === list)!
        .fields!.find((f) => f.name === 'kpi')!,
    );
    for (const field of kpiFields)
      expect(field).toMatchObject({
        widget: 'select',
        options: [
          { label: 'co2-change', value: 'co2-change' },
          { label: 'office-power', value: 'office-power' },
        ],
      });
  });

  it('gives every field a Chinese label', () => {
    const unlabelled = new Set<string>();
    const walk = (fields: CmsField[]) =>
      fields.forEach((f) => {
        if (f.label === f.name && f.name !== 'value') unlabelled.add(f.name);
        walk([...(f.fields ?? []), ...(f.field ? [f.field] : [])]);
      });
    for (const name of COLLECTION_NAMES) walk(cmsFieldsOf(name));
    expect([...unlabelled]).toEqual([]);
  });

  it('edits MDX bodies in raw mode, and stores photos in the year folder', () => {
    for (const folder of folders) {
      expect(fieldsOf(folder).at(-1)).toMatchObject({
        name: 'body',
        widget: 'markdown',
        modes: ['raw'],
      });
      expect(folder).toMatchObject({
        extension: 'mdx',
        format: 'mdx-frontmatter',
        media_folder: '/content/2017/photos',
      });
    }
    expect(folders.map((f) => f['folder'])).toEqual([
      'content/2017/chapters',
      'content/2017/cases',
    ]);
  });

  it('has one group of collections per year of content/, newest first, and the backend settings', () => {
    const years = cmsYears(resolve(import.meta.dirname, '../../../content'));
    expect(years[0]).toMatchObject({ year: 2017, chapters: expect.arrayContaining(['foreword']) });
    const config = buildCmsConfig(
      [...years, { year: 2018 }],
      cmsBackend(readEnvironment({ CMS_REPO: 'o/r' })),
    );
    const names = (config['collections'] as { name: string }[]).map((c) => c.name);
    expect(names).toEqual([
      '2018-files',
      '2018-chapters',
      '2018-cases',
      '2017-files',
      '2017-chapters',
      '2017-cases',
    ]);
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'o/r', branch: 'main', open_authoring: true },
      local_backend: true,
      publish_mode: 'editorial_workflow',
      locale: 'zh_Hans',
      media_folder: 'content/2018/photos',
    });
  });
});
