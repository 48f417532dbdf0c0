/**
 * A build without PDFs (build:site, build:preview, dev): PdfLink links none, yet records the PDF
 * its page offers, so that `npm run pdf` after `npm run build:site` knows what to render. Its own
 * file: the environment is read once per process (src/config/env.ts).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import PdfLink from '../../src/components/PdfLink.astro';
import { reportPdf } from '../../src/data/publish/pdfs';
import { siteAddresses } from '../../src/data/site/addresses';
import { PUBLISH_LINKS_VARIABLE } from '../../src/data/publish/publish-links';
import { siteManifest } from '../../src/integrations/site-manifest';
import { takeRecords } from '../../src/publish/page-records';

delete process.env[PUBLISH_LINKS_VARIABLE];

test('PdfLink records the PDF it offers even where it links none', async () => {
  const pdf = reportPdf(2017, '中国铝业集团有限公司', '2017 降碳报告', siteAddresses('/').paths);
  const container = await AstroContainer.create();
  const html = await container.renderToString(PdfLink, {
    props: { pdf },
    request: new Request('http://127.0.0.1/2017/intro/'),
  });
  expect(html).toBe('');
  const manifest = siteManifest('/', takeRecords());
  expect(manifest.pages[0]?.pdfLinks).toEqual([]);
  expect(manifest.pdfs).toEqual([{ ...pdf, html: '2017/print/index.html' }]);
});
