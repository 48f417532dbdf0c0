/**
 * What the CMS does before it saves an entry (src/cms/admin/pre-save.ts): cleared fields are left
 * out rather than written as "", and an entry the check refuses is not saved, in the check's words.
 */
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { expect, test } from 'vitest';
import { checkBeforeSaving, emptyPaths } from '../../../src/cms/admin/pre-save.ts';

const entry = (fields: Record<string, unknown>) =>
  fromJS(fields) as unknown as ImmutableMap<string, unknown>;

const aCase = {
  title: '光伏电站建成投产',
  chapter: 'intro',
  section: '管理',
  organisation: '测试机构',
  pillars: ['management'],
  photos: [{ caption: '光伏电站全景', alt: '' }],
  file_id: '',
  body: '正文。',
};

test('finds the cleared fields of objects, not the strings of a list', () => {
  expect(emptyPaths({ a: '', b: ['', 'x'], c: [{ d: '' }] })).toEqual([['a'], ['c', 0, 'd']]);
});

test('leaves cleared fields out of a valid entry', () => {
  const saved = checkBeforeSaving({
    entry: entry({ collection: '2018-cases', slug: 'solar-plant', newRecord: false, data: aCase }),
  });
  expect(saved.toJS()).toEqual({
    ...aCase,
    photos: [{ caption: '光伏电站全景' }],
    file_id: undefined,
  });
  expect(saved.has('file_id')).toBe(false);
});

test('refuses an entry the check refuses, with the file, the field and the check’s words', () => {
  const kpis = {
    title: '绩效',
    years: [2017, 2018],
    groups: [
      {
        id: 'ops',
        name: '降碳运营',
        rows: [
          {
            id: 'office-power',
            name: '办公用电量',
            unit: '万千瓦时',
            values: { '2017': -370, '2018': 355 },
            measure: 'amount',
            pillars: ['living'],
          },
        ],
      },
    ],
  };
  expect(() =>
    checkBeforeSaving({
      entry: entry({
        collection: '2018-files',
        slug: 'kpis',
        path: 'content/2018/kpis.json',
        data: kpis,
      }),
    }),
  ).toThrow(
    /^content\/2018\/kpis\.json\ngroups\[0\]\.rows\[0\]\.values\.2017：指标 "office-power" 2017 年的数值为 -370，但该行衡量的是数量.*\[kpi-value-range\]$/s,
  );
});
