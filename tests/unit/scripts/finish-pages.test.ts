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

const PDF = '2017/chinalco-2017-carbon-report.pdf';
const link = (path = PDF) =>
  `<a class="pdf-link no-print" href="/pdf/${path}">下载<span class="size" data-pdf-bytes="${path}" data-astro-cid-abc></span></a>`;
const card = (address: string) =>
  `<meta property="og:image" content="${address}"><meta name="twitter:image" content="${address}">`;

const files = (pdfs: Record<string, number>, present: string[] = [], base = '/'): BuiltFiles => ({
  base,
  pdfBytes: (path) => pdfs[path],
  has: (path) => present.includes(path),
});

describe('finishPage', () => {
  test('fills a placeholder with the size as a PDF link shows it, dropping the attribute', () => {
    const result = finishPage('2017/index.html', `<p>${link()}</p>`, files({ [PDF]: 519_168 }));
    expect(result).toEqual({
      html: '<p><a class="pdf-link no-print" href="/pdf/2017/chinalco-2017-carbon-report.pdf">下载<span class="size" data-astro-cid-abc>（PDF，507 KB）</span></a></p>',
      filled: 1,
      problems: [],
    });
  });

  test('fills every placeholder of a page, megabytes as "x.y MB"', () => {
    const other = '2017/chinalco-2017-carbon-report-01-intro.pdf';
    const result = finishPage(
      '2017/intro/index.html',
      link(other) + link(),
      files({ [PDF]: 3_250_000, [other]: 2048 }),
    );
    expect(result.filled).toBe(2);
    expect(result.html).toContain('>（PDF，2 KB）</span>');
    expect(result.html).toContain('>（PDF，3.1 MB）</span>');
    expect(result.html).not.toContain('data-pdf-bytes');
  });

  test('a PDF that was not produced is a problem naming the page and the file', () => {
    const result = finishPage('2017/intro/index.html', link(), files({}));
    expect(result.problems).toEqual([
      "2017/intro/index.html links the PDF pdf/2017/chinalco-2017-carbon-report.pdf, which the PDF step did not produce. Every PDF a page links must be rendered: look above for the PDF step's messages, and make sure the page's PDF is listed in pdf-targets.json.",
    ]);
  });

  test('a placeholder that cannot be filled is a problem', () => {
    const html = `<span class="size" data-pdf-bytes="${PDF}">stale</span>`;
    const result = finishPage('2017/index.html', html, files({ [PDF]: 1 }));
    expect(result.problems).toEqual([
      '2017/index.html still holds a PDF size placeholder (data-pdf-bytes) that is not an empty <span>, so its size could not be filled in. The placeholder is written by src/components/PdfLink.astro: keep it an empty <span> with the attribute.',
    ]);
  });

  test('a card that was not produced is a problem for each tag naming it, under SITE_URL and a base', () => {
    const address = 'https://example.org/reports/carbon/og/2017/intro.png';
    const html = card(address);
    const missing = finishPage('2017/intro/index.html', html, files({}, [], '/reports/carbon/'));
    expect(missing.problems).toHaveLength(2);
    expect(missing.problems[0]).toBe(
      `2017/intro/index.html names the sharing card ${address}, which the card step did not produce. Every card a page names must be rendered: look above for the card step's messages (scripts/cards.ts renders a card for every page of a year that has a title).`,
    );
    const present = finishPage(
      '2017/intro/index.html',
      html,
      files({}, ['og/2017/intro.png'], '/reports/carbon/'),
    );
    expect(present).toEqual({ html, filled: 0, problems: [] });
  });

  test('a page without placeholders or cards is left as it is', () => {
    const html = '<!DOCTYPE html><html><body><p class="size">（PDF，1 KB）</p></body></html>';
    expect(finishPage('404.html', html, files({}))).toEqual({ html, filled: 0, problems: [] });
  });
});

describe('finishPages', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));
  const write = (path: string, text: string | Buffer) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };

  test('fills the pages of a site from its pdf/ and og/ folders', () => {
    site = mkdtempSync(join(tmpdir(), 'finish-'));
    write(`pdf/${PDF}`, Buffer.alloc(4096));
    write('og/2017/index.png', 'png');
    write('2017/index.html', card('/og/2017/index.png') + link());
    write('index.html', '<p>root</p>');
    expect(finishPages(site, '/')).toEqual({ pages: 2, filled: 1 });
    expect(readFileSync(join(site, '2017/index.html'), 'utf8')).toContain(
      '<span class="size" data-astro-cid-abc>（PDF，4 KB）</span>',
    );
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('<p>root</p>');
  });

  test('writes nothing when any page names a missing file, and names them all', () => {
    site = mkdtempSync(join(tmpdir(), 'finish-'));
    write(`pdf/${PDF}`, Buffer.alloc(4096));
    write('2017/index.html', link());
    write('2017/intro/index.html', card('/og/2017/intro.png'));
    let error: unknown;
    try {
      finishPages(site, '/');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FinishFailed);
    expect((error as Error).message).toMatch(
      /^2017\/intro\/index\.html names the sharing card \/og\/2017\/intro\.png, /,
    );
    expect(readFileSync(join(site, '2017/index.html'), 'utf8')).toBe(link());
  });
});
