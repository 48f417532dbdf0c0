import { expect, test } from 'vitest';
import { siteAddresses } from '../../../../src/data/site/addresses.ts';
import { samePageInYear } from '../../../../src/data/site/year-switch.ts';

const target = { year: 2018, chapters: ['intro'], pillars: ['living'], kpis: ['office-power'] };

test.each([
  ['/2017/kpis/office-power/', '/2018/kpis/office-power/'],
  ['/2017/kpis/dropped-kpi/', '/2018/kpis/'],
  ['/2017/kpis/', '/2018/kpis/'],
  ['/2017/intro/', '/2018/intro/'],
  ['/2017/gone/', '/2018/'],
])('%s → %s', (path, expected) => {
  expect(samePageInYear(path, target, siteAddresses('/').paths)).toBe(expected);
});
