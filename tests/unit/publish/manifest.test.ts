/** The site manifest: written from what the pages recorded, read back validated. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { reportPdf } from '../../../src/data/publish/pdfs.ts';
import { siteAddresses } from '../../../src/data/site/addresses.ts';
import { siteManifest } from '../../../src/integrations/site-manifest.ts';
import { SITE_MANIFEST_FILE, htmlFileOf, readSiteManifest } from '../../../src/publish/manifest.ts';
import { recordCard, recordPdf, takeRecords } from '../../../src/publish/page-records.ts';

const BASE = '/reports/carbon/';
const PDF = reportPdf(2017, '中铝', '2017 降碳报告', siteAddresses(BASE).paths);
const TEXT = { year: '2017', organisation: '中铝', title: '案例', report: '《2017 降碳报告》' };

describe('siteManifest', () => {
  test('lists each page that recorded something by its path without the base, in path order', () => {
    takeRecords();
    recordPdf(`${BASE}2017/print/`, PDF, '2017/chinalco-2017-carbon-report.pdf');
    recordCard(`${BASE}2017/cases/`, { file: 'og/2017/cases.png', text: TEXT });
    recordPdf(`${BASE}2017/cases/`, PDF, undefined);
    recordPdf(`${BASE}404/`, PDF, '2017/chinalco-2017-carbon-report.pdf');
    expect(siteManifest(BASE, takeRecords())).toEqual({
      format: 1,
      base: BASE,
      pages: [
        {
          path: '/2017/cases/',
          file: '2017/cases/index.html',
          pdfLinks: [],
          card: { file: 'og/2017/cases.png', text: TEXT },
        },
        {
          path: '/2017/print/',
          file: '2017/print/index.html',
          pdfLinks: ['2017/chinalco-2017-carbon-report.pdf'],
        },
        { path: '/404/', file: '404.html', pdfLinks: ['2017/chinalco-2017-carbon-report.pdf'] },
      ],
      pdfs: [{ ...PDF, html: '2017/print/index.html' }],
    });
  });

  test('a page that links a PDF twice lists it once; the records are emptied once taken', () => {
    recordPdf('/2017/', PDF, '2017/x.pdf');
    recordPdf('/2017/', PDF, '2017/x.pdf');
    expect(siteManifest('/', takeRecords()).pages[0]?.pdfLinks).toEqual(['2017/x.pdf']);
    expect(takeRecords().size).toBe(0);
  });
});

test.each([
  ['/2017/', '2017/index.html'],
  ['/2017/kpis/co2/', '2017/kpis/co2/index.html'],
  ['/', 'index.html'],
  ['/404/', '404.html'],
])('the page %s is written to %s', (path, file) => {
  expect(htmlFileOf(path)).toBe(file);
});

describe('readSiteManifest', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  test('reads back what the build wrote', () => {
    site = mkdtempSync(join(tmpdir(), 'manifest-'));
    recordPdf('/2017/print/', PDF, undefined);
    const written = siteManifest('/', takeRecords());
    writeFileSync(join(site, SITE_MANIFEST_FILE), JSON.stringify(written));
    expect(readSiteManifest(site)).toEqual(written);
  });

  test('a manifest of another format is refused, saying to build again', () => {
    site = mkdtempSync(join(tmpdir(), 'manifest-'));
    writeFileSync(join(site, SITE_MANIFEST_FILE), JSON.stringify({ format: 0, base: '/' }));
    expect(() => readSiteManifest(site)).toThrow(
      `${join(site, SITE_MANIFEST_FILE)} 不是这一版脚本能读的网站清单（format：Invalid input: expected 1）。请用这一版重新构建网站。`,
    );
  });

  test('a site without one says how to get it', () => {
    site = mkdtempSync(join(tmpdir(), 'manifest-'));
    expect(() => readSiteManifest(site)).toThrow(
      /^读不到 .*site-manifest\.json（.*）。它由网站构建写出：请重新构建网站（npm run build，或 npm run build:site）。$/,
    );
  });
});
