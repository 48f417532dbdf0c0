/** Corrections of a report's own published KPI figures (src/data/kpi/corrections.ts). */
import { expect, test } from 'vitest';
import {
  valuesAsFirstPublished,
  withCorrectionNotes,
} from '../../../../src/data/kpi/corrections.ts';
import { checkCorrections } from '../../../../src/rules/correction-declared.ts';
import { kpiTableSchema, type Correction } from '../../../../src/schemas/kpi.ts';

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
    'corrections[0].kpi: "corrections" 中的 "office-powr" 不是本表中指标的 id。应为数值被更正的那一行的 id，即其中之一："office-power"。是否应为 "office-power"？',
  ],
  [
    { year: 2015 },
    'corrections[0].year: 指标 "office-power" 没有 2015 年的数值，无可更正。应为该行有数值的年份之一：2016 年、2017 年。请改正 "year"。',
  ],
  [
    { published: 365 },
    'corrections[0].corrected: 对指标 "office-power" 2017 年数值的更正中，原发布值（"published"）与更正值（"corrected"）相同，都是 365。更正应改变数值。请在 "published" 中写发布时的数值，或删除这条更正。',
  ],
  [
    { corrected: 366 },
    'corrections[0].corrected: 对指标 "office-power" 2017 年数值的更正给出的更正值是 366，但该行 2017 年的数值是 365。两处应相同。请在 "corrected" 和该行 "values" 的 "2017" 中写同一个更正后的数值。',
  ],
])('%j is reported', (correction, message) => {
  expect(messages([correction])).toEqual([message]);
});
