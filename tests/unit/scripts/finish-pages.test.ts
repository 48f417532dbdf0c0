/**
 * Finishing the pages of the publishing build: PDF size placeholders filled with the text a PDF
 * link shows, and every PDF and card a page names found in the staging site, or the build stops
 * naming the page and the file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  FinishFailed,
  finishPage,
  finishPages,
  type BuiltFiles,
} from '../../../scripts/lib/finish-pages.ts';
import {
  PDF_SIZE_PLACEHOLDER_START,
  pdfSizePlaceholder,
} from '../../../src/data/publish/publish-links.ts';
import {
  SITE_MANIFEST_FILE,
  SITE_MANIFEST_FORMAT,
  type ManifestPage,
} from '../../../src/publish/manifest.ts';

const PDF = '2017/chinalco-2017-carbon-report.pdf';
const link = (path = PDF) =>
  `<a class="pdf-link no-print" href="/pdf/${path}">下载<span class="size" data-astro-cid-abc>${pdfSizePlaceholder(path)}</span></a>`;
const CARD_TEXT = { year: '2017', organisation: '中铝', title: '引言', report: '《降碳报告》' };
const page = (
  file: string,
  pdfLinks: string[] = [],
  card?: { file: string; named?: string },
): ManifestPage => ({
  path: `/${file.replace(/index\.html$/, '')}`,
  file,
  pdfLinks,
  ...(card && { card: { ...card, text: CARD_TEXT } }),
});

const files = (pdfs: Record<string, number>, present: string[] = []): BuiltFiles => ({
  pdfBytes: (path) => pdfs[path],
  has: (path) => present.includes(path),
});

describe('finishPage', () => {
  test('fills a placeholder with the size as a PDF link shows it', () => {
    const result = finishPage(
      page('2017/index.html', [PDF]),
      `<p>${link()}</p>`,
      files({ [PDF]: 519_168 }),
    );
    expect(result).toEqual({
      html: '<p><a class="pdf-link no-print" href="/pdf/2017/chinalco-2017-carbon-report.pdf">下载<span class="size" data-astro-cid-abc>（PDF，507 KB）</span></a></p>',
      filled: 1,
      problems: [],
    });
  });

  test('fills every placeholder of a page, megabytes as "x.y MB"', () => {
    const other = '2017/chinalco-2017-carbon-report-01-intro.pdf';
    const result = finishPage(
      page('2017/intro/index.html', [other, PDF]),
      link(other) + link() + link(),
      files({ [PDF]: 3_250_000, [other]: 2048 }),
    );
    expect(result.filled).toBe(3);
    expect(result.html).toContain('>（PDF，2 KB）</span>');
    expect(result.html).toContain('>（PDF，3.1 MB）</span>');
    expect(result.html).not.toContain(PDF_SIZE_PLACEHOLDER_START);
  });

  test('a PDF that was not produced is a problem naming the page and the file', () => {
    const result = finishPage(page('2017/intro/index.html', [PDF]), link(), files({}));
    expect(result.problems).toEqual([
      '2017/intro/index.html 链接了 PDF pdf/2017/chinalco-2017-carbon-report.pdf，但 PDF 步骤没有生成这个文件。页面链接的每个 PDF 都必须生成：请查看上方 PDF 步骤的消息，并确认 site-manifest.json 列出了这一页的 PDF。',
    ]);
  });

  test('a link the manifest lists but the page holds no placeholder for is a problem', () => {
    const html = `<a href="/pdf/${PDF}">下载<span class="size"></span></a>`;
    const result = finishPage(page('2017/index.html', [PDF]), html, files({ [PDF]: 1 }));
    expect(result.problems).toEqual([
      '2017/index.html 链接了 PDF pdf/2017/chinalco-2017-carbon-report.pdf，页面里却没有它的大小占位符。src/components/PdfLink.astro 用 pdfSizePlaceholder()（src/data/publish/publish-links.ts）写入占位符：请在链接中保留它。',
    ]);
  });

  test('a placeholder the manifest does not list is a problem', () => {
    const result = finishPage(page('2017/index.html'), link(), files({ [PDF]: 1 }));
    expect(result.problems).toEqual([
      '2017/index.html 仍有一个 PDF 大小占位符（{{pdf-size:…），但 site-manifest.json 没有把对应的 PDF 列为这一页的链接，所以无法填入大小。src/components/PdfLink.astro 用 recordPdf 记录它写下的每个链接：请让两者保持一致。',
    ]);
  });

  test('a card the page names that was not produced is a problem, under SITE_URL and a base', () => {
    const address = 'https://example.org/reports/carbon/og/2017/intro.png';
    const entry = page('2017/intro/index.html', [], { file: 'og/2017/intro.png', named: address });
    const missing = finishPage(entry, '', files({}));
    expect(missing.problems).toEqual([
      `2017/intro/index.html 指定了分享卡片 ${address}，但卡片步骤没有生成它。页面指定的每张卡片都必须生成：请查看上方卡片步骤的消息（scripts/cards.ts 为有标题的年份的每一页生成卡片）。`,
    ]);
    expect(finishPage(entry, '', files({}, ['og/2017/intro.png'])).problems).toEqual([]);
  });

  test('a card the page does not name (a build without cards) need not exist', () => {
    const entry = page('2017/intro/index.html', [], { file: 'og/2017/intro.png' });
    expect(finishPage(entry, '<p></p>', files({})).problems).toEqual([]);
  });

  test('a page without links or cards is left as it is', () => {
    const html = '<!DOCTYPE html><html><body><p class="size">（PDF，1 KB）</p></body></html>';
    expect(finishPage(page('404.html'), html, files({}))).toEqual({
      html,
      filled: 0,
      problems: [],
    });
  });
});

describe('finishPages', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };

  const manifest = (pages: ManifestPage[]) =>
    write(
      SITE_MANIFEST_FILE,
      JSON.stringify({ format: SITE_MANIFEST_FORMAT, base: '/', pages, pdfs: [] }),
    );

  test('fills the pages its manifest lists from the pdf/ and og/ folders', () => {
    site = mkdtempSync(join(tmpdir(), 'finish-'));
    write(`pdf/${PDF}`, Buffer.alloc(4096));
    write('og/2017/index.png', 'png');
    write('2017/index.html', link());
    write('index.html', '<p>root</p>');
    manifest([
      page('2017/index.html', [PDF], { file: 'og/2017/index.png', named: '/og/2017/index.png' }),
      page('index.html'),
    ]);
    expect(finishPages(site)).toEqual({ pages: 2, filled: 1 });
    expect(readFileSync(join(site, '2017/index.html'), 'utf8')).toContain(
      '<span class="size" data-astro-cid-abc>（PDF，4 KB）</span>',
    );
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<p>root</p>');
  });

  test('writes nothing when any page names a missing file, and names them all', () => {
    site = mkdtempSync(join(tmpdir(), 'finish-'));
    write(`pdf/${PDF}`, Buffer.alloc(4096));
    write('2017/index.html', link());
    write('2017/intro/index.html', '<p></p>');
    manifest([
      page('2017/index.html', [PDF]),
      page('2017/intro/index.html', [], { file: 'og/2017/intro.png', named: '/og/2017/intro.png' }),
    ]);
    let error: unknown;
    try {
      finishPages(site);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FinishFailed);
    expect((error as Error).message).toMatch(
      /^2017\/intro\/index\.html 指定了分享卡片 \/og\/2017\/intro\.png，/,
    );
    expect(readFileSync(join(site, '2017/index.html'), 'utf8')).toBe(link());
  });
});
