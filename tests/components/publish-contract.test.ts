/**
 * The pages' side of the contract with the publishing scripts, rendered from the real components:
 * what PdfLink and SocialMeta write and record must be what scripts/lib/finish-pages.ts fills and
 * scripts/cards.ts renders, so that a change to their markup fails here, not in a published page.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeEach, expect, test } from 'vitest';
import PdfLink from '../../src/components/PdfLink.astro';
import SocialMeta from '../../src/components/SocialMeta.astro';
import { reportPdf } from '../../src/data/publish/pdfs';
import { siteAddresses } from '../../src/data/site/addresses';
import {
  PUBLISH_LINKS_DEFERRED,
  PUBLISH_LINKS_VARIABLE,
} from '../../src/data/publish/publish-links';
import { siteManifest } from '../../src/integrations/site-manifest';
import { takeRecords } from '../../src/publish/page-records';
import { finishPage } from '../../scripts/lib/finish-pages';
import { byTag, metaContent, parseHtml, textOf } from '../../scripts/lib/html';

const PAGE = 'http://127.0.0.1/2017/intro/';
const PDF = reportPdf(2017, '中国铝业集团有限公司', '2017 降碳报告', siteAddresses('/').paths);
const CARD_TEXT = {
  year: '2017',
  organisation: '中国铝业集团有限公司',
  title: '引言',
  report: '《2017 降碳报告》',
};

// The publishing build's environment, read once (src/config/env.ts) at the first render.
process.env[PUBLISH_LINKS_VARIABLE] = PUBLISH_LINKS_DEFERRED;
beforeEach(() => void takeRecords());

const render = async (
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
) =>
  (await AstroContainer.create()).renderToString(component, { props, request: new Request(PAGE) });

test('the size placeholder PdfLink writes is the one the finishing step fills', async () => {
  const html = await render(PdfLink, { pdf: PDF });
  const [page] = siteManifest('/', takeRecords()).pages;
  expect(page?.pdfLinks).toEqual(['2017/chinalco-2017-carbon-report.pdf']);
  const finished = finishPage(page!, html, { pdfBytes: () => 519_168, has: () => true });
  expect(finished.problems).toEqual([]);
  expect(finished.filled).toBe(1);
  const [link] = byTag(parseHtml(finished.html), 'a');
  expect(link?.attribs['href']).toBe('/pdf/2017/chinalco-2017-carbon-report.pdf');
  expect(textOf(link!)).toBe('下载本章（PDF，507 KB）');
});

test('the card SocialMeta names is the one the manifest gives the card step', async () => {
  const html = await render(SocialMeta, {
    title: '引言 | 中国铝业集团有限公司 2017 降碳报告',
    siteName: '中国铝业集团有限公司《2017 降碳报告》',
    cardText: CARD_TEXT,
  });
  const [page] = siteManifest('/', takeRecords()).pages;
  expect(page?.card).toEqual({
    file: 'og/2017/intro.png',
    text: CARD_TEXT,
    named: '/og/2017/intro.png',
  });
  const document = parseHtml(html);
  expect(metaContent(document, 'og:image')).toBe(page?.card?.named);
  expect(metaContent(document, 'twitter:image')).toBe(page?.card?.named);
});
