/** Corrections of a report's own published KPI figures (src/data/kpi-corrections.ts). */
import { expect, test } from 'vitest';
import {
  checkCorrections,
  valuesAsFirstPublished,
  withCorrectionNotes,
} from '../../../src/data/kpi-corrections.ts';
import { kpiTableSchema, type Correction } from '../../../src/schemas/kpi.ts';

const FILE = 'content/2017/kpis.json';
const table = (corrections: Partial<Correction>[]) =>
  kpiTableSchema.parse({
    title: '绩效',
    years: [2016, 2017],
    groups: [
      {
        id: 'ops',
        name: '降碳运营',
        rows: [
          {
            id: 'office-power',
            name: '办公用电量',
            unit: '万千瓦时',
            values: { '2016': 'not-reported', '2017': 365 },
            measure: 'amount',
            notes: ['已有的编者注。'],
            pillars: ['living'],
          },
        ],
      },
    ],
    corrections: corrections.map((c) => ({
      kpi: 'office-power',
      year: 2017,
      published: 370,
      corrected: 365,
      reason: '按复核数据更正。',
      date: '2018-09-14',
      ...c,
    })),
  });
const messages = (corrections: Partial<Correction>[]) =>
  checkCorrections(FILE, table(corrections)).map((p) => `${p.field}: ${p.message}`);

test('a correction agrees with the table: accepted, and told in a note after the row’s own notes', () => {
  expect(messages([{}])).toEqual([]);
  const row = withCorrectionNotes(table([{}])).groups[0]!.rows[0]!;
  expect(row.notes).toEqual([
    '已有的编者注。',
    '2017 年数值于 2018-09-14 更正为 365（原发布为 370）：按复核数据更正。',
  ]);
  expect(valuesAsFirstPublished(table([{}])).get('office-power@2017')).toBe(370);
});

test('a note prints a figure published as "-" as the table prints it', () => {
  const corrected = table([{ year: 2016, published: 'not-reported', corrected: 365 }]);
  expect(withCorrectionNotes(corrected).groups[0]!.rows[0]!.notes[1]).toBe(
    '2016 年数值于 2018-09-14 更正为 365（原发布为 “-”）：按复核数据更正。',
  );
});

test.each([
  [
    { kpi: 'office-powr' },
    'corrections[0].kpi: "office-powr" is not the id of a KPI in this table. Expected the id of the row whose value is corrected.',
  ],
  [
    { year: 2015 },
    'corrections[0].year: The KPI "office-power" has no value for 2015, so there is nothing to correct. Expected one of the years of its values (2016, 2017).',
  ],
  [
    { published: 365 },
    'corrections[0].corrected: The correction of "office-power" for 2017 gives the same value as published and as corrected (365). Write the value as it was published in "published", or remove the correction.',
  ],
  [
    { corrected: 366 },
    `corrections[0].corrected: The correction of "office-power" for 2017 gives 366 as the corrected value, but the row's value for 2017 is 365. Write the corrected value in both places.`,
  ],
])('%j is reported', (correction, message) => {
  expect(messages([correction])).toEqual([message]);
});
