import { describe, expect, test } from 'vitest';
import { kpiRecords } from '../../../../src/data/kpi/records.ts';
import type { ReportKpis } from '../../../../src/data/kpi/history.ts';
import type { Kpi, KpiTable } from '../../../../src/schemas/kpi.ts';

const row = (values: Kpi['values'], extra: Partial<Kpi> = {}): Kpi => ({
  id: 'office-power',
  name: '办公用电量',
  unit: '万千瓦时',
  values,
  measure: 'amount',
  notes: [],
  pillars: ['living'],
  ...extra,
});
const report = (
  year: number,
  years: number[],
  kpi: Kpi,
  more: Partial<Pick<KpiTable, 'restatements' | 'corrections'>> = {},
): ReportKpis => ({
  year,
  file: `content/${year}/kpis.json`,
  kpis: {
    title: '绩效',
    years,
    groups: [{ id: 'eco', name: '降碳生态', rows: [kpi] }],
    restatements: more.restatements ?? [],
    unitChanges: [],
    corrections: more.corrections ?? [],
  },
});

/** As tests/fixtures/two-years: 2015 corrected in the 2017 report, 2017 restated by 2018's. */
const r2017 = report(2017, [2015, 2016, 2017], row({ '2015': 215, '2016': 300, '2017': 370 }), {
  corrections: [
    {
      kpi: 'office-power',
      year: 2015,
      published: 205,
      corrected: 215,
      reason: '误印',
      date: '2018-09-14',
    },
  ],
});
const r2018 = report(2018, [2016, 2017, 2018], row({ '2016': 300, '2017': 365, '2018': 390 }), {
  restatements: [{ kpi: 'office-power', year: 2017, reason: '新的计量范围' }],
});

describe('kpiRecords', () => {
  test('one report: each year as published, from that report, with no revisions', () => {
    const records = kpiRecords(
      [report(2017, [2015, 2016], row({ '2015': 1, '2016': 2 }))],
      'office-power',
    );
    expect(records).toEqual([
      {
        year: 2015,
        value: 1,
        printed: undefined,
        measure: 'amount',
        unit: '万千瓦时',
        report: 2017,
        first: { value: 1, report: 2017 },
        revisions: [],
      },
      {
        year: 2016,
        value: 2,
        printed: undefined,
        measure: 'amount',
        unit: '万千瓦时',
        report: 2017,
        first: { value: 2, report: 2017 },
        revisions: [],
      },
    ]);
  });

  test('a correction: first published as printed, then corrected, with date and reason', () => {
    const [y2015] = kpiRecords([r2017], 'office-power');
    expect(y2015).toMatchObject({
      value: 215,
      first: { value: 205, report: 2017 },
      revisions: [
        { kind: 'corrected', report: 2017, from: 205, to: 215, reason: '误印', date: '2018-09-14' },
      ],
    });
  });

  test('a restatement by a later report: the later value stands, the first is kept, with the reason', () => {
    const records = kpiRecords([r2018, r2017], 'office-power');
    expect(records.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018]);
    const y2017 = records.find((r) => r.year === 2017)!;
    expect(y2017).toMatchObject({
      value: 365,
      report: 2018,
      first: { value: 370, report: 2017 },
      revisions: [{ kind: 'restated', report: 2018, from: 370, to: 365, reason: '新的计量范围' }],
    });
    // The same value again in a later report is no revision; it now stands in the later report.
    expect(records.find((r) => r.year === 2016)).toMatchObject({
      value: 300,
      report: 2018,
      first: { value: 300, report: 2017 },
      revisions: [],
    });
  });

  test('a later "-" does not hide a value an earlier report gave', () => {
    const later = report(2018, [2017, 2018], row({ '2017': 'not-reported', '2018': 1 }));
    const y2017 = kpiRecords([r2017, later], 'office-power').find((r) => r.year === 2017)!;
    expect(y2017).toMatchObject({ value: 370, report: 2017, revisions: [] });
  });

  test('printed text and measure come from the report the value stands in', () => {
    const printed = report(
      2017,
      [2016, 2017],
      row(
        { '2016': 1, '2017': -20.46 },
        { asPublished: { '2017': '-20.460' }, measureByYear: { '2017': 'change-yoy' } },
      ),
    );
    const [, y2017] = kpiRecords([printed], 'office-power');
    expect(y2017).toMatchObject({ printed: '-20.460', measure: 'change-yoy' });
  });

  test('an id no report holds has no records', () => {
    expect(kpiRecords([r2017], 'unknown')).toEqual([]);
  });
});
