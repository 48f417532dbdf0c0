import { describe, expect, test } from 'vitest';
import { basePath, underBase, withoutBase } from '../../../../src/data/site/base-path.ts';

describe('basePath', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/reports/carbon/', '/reports/carbon/'],
    ['reports/carbon', '/reports/carbon/'],
    ['/chinalco-report', '/chinalco-report/'],
  ])('%j becomes %j', (value, base) => expect(basePath(value)).toBe(base));

  test('a part that cannot be a folder of an address is refused, with how to fix it', () => {
    expect(() => basePath('/reports/碳 报告/')).toThrow(
      'BASE_PATH is "/reports/碳 报告/", whose part "碳 报告" cannot be a folder of a web address. Give the folder the site is served from, such as BASE_PATH=/reports/carbon/ (letters, digits, ".", "_", "~" and "-" between slashes), or leave it unset for the root of the host.',
    );
    expect(() => basePath('/reports/../x/')).toThrow('whose part ".." cannot be');
  });
});

test('paths go under the base and come back', () => {
  expect(underBase('/', '/2017/')).toBe('/2017/');
  expect(underBase('/reports/carbon/', '/2017/kpis/')).toBe('/reports/carbon/2017/kpis/');
  expect(withoutBase('/reports/carbon/', '/reports/carbon/2017/kpis/')).toBe('/2017/kpis/');
  expect(withoutBase('/', '/2017/')).toBe('/2017/');
});
