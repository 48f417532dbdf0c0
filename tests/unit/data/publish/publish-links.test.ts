/** Links to PDFs and cards only in the publishing build, which renders them. */
import { describe, expect, test } from 'vitest';
import { publishedCard } from '../../../../src/data/publish/cards.ts';
import { pdfSizeText } from '../../../../src/data/publish/pdfs.ts';
import { linksDeferred } from '../../../../src/data/load/build-mode.ts';
import { siteAddresses } from '../../../../src/data/site/addresses.ts';
import { readEnvironment } from '../../../../src/config/env.ts';

const { sitePath } = siteAddresses('/');

describe('publishedCard', () => {
  test('names the card of a page of a year in the publishing build', () => {
    expect(publishedCard('/2017/intro/', true, sitePath)).toBe('/og/2017/intro.png');
    expect(publishedCard('/2017/', true, sitePath)).toBe('/og/2017/index.png');
  });

  test('under the base the site is served from', () => {
    expect(publishedCard('/2017/intro/', true, siteAddresses('/reports/carbon/').sitePath)).toBe(
      '/reports/carbon/og/2017/intro.png',
    );
  });

  test('names none outside a year, nor in any other build', () => {
    expect(publishedCard('/', true, sitePath)).toBeUndefined();
    expect(publishedCard('/404.html', true, sitePath)).toBeUndefined();
    expect(publishedCard('/2017/intro/', false, sitePath)).toBeUndefined();
  });
});

test('only PUBLISH_LINKS=deferred defers the links', () => {
  expect(linksDeferred(readEnvironment({ PUBLISH_LINKS: 'deferred' }))).toBe(true);
  expect(linksDeferred(readEnvironment({ PUBLISH_LINKS: '' }))).toBe(false);
  expect(linksDeferred(readEnvironment({}))).toBe(false);
});

test('a PDF size reads as the link shows it', () => {
  expect(pdfSizeText(519_168)).toBe('（PDF，507 KB）');
  expect(pdfSizeText(3_250_000)).toBe('（PDF，3.1 MB）');
});
