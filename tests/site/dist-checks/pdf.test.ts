/**
 * The ready-made PDFs, opened with poppler and pdf-lib: each exists, opens, is A4, has its title,
 * author and bookmarks, embeds every font, holds its chapter's text, and shows its charts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFDict, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { describe, expect, test } from 'vitest';
import { SITE_MANIFEST } from '../../../scripts/lib/build-paths.ts';
import { byTag, classesOf, parseHtml, readableText, textOf } from '../../../scripts/lib/html.ts';
import type { ManifestPdf, SiteManifest } from '../../../src/publish/manifest.ts';
import { DIST, PROJECT_ROOT, builtPages } from '../../support/built-site.ts';
import { pdfLinks } from '../../support/pdf-links.ts';

const manifest = JSON.parse(
  readFileSync(join(PROJECT_ROOT, SITE_MANIFEST), 'utf8'),
) as SiteManifest;
const targets = manifest.pdfs;
const pdfPath = (t: ManifestPdf) => join(DIST, 'pdf', String(t.year), t.file);
const run = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const info = (file: string) =>
  Object.fromEntries(
    run('pdfinfo', ['-enc', 'UTF-8', file])
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
  );
const text = (file: string, page?: number) =>
  run('pdftotext', [
    '-enc',
    'UTF-8',
    ...(page ? ['-f', String(page), '-l', String(page)] : []),
    '-layout',
    file,
    '-',
  ]);
const squash = (s: string) => s.replace(/\s+/g, '');

test('the build produced every PDF of the manifest: chapters, pillars and the whole report', () => {
  expect(targets.filter((t) => t.kind === 'report')).toHaveLength(1);
  expect(targets.filter((t) => t.kind === 'chapter')).toHaveLength(8);
  expect(targets.filter((t) => t.kind === 'pillar')).toHaveLength(5);
  expect(targets.filter((t) => !existsSync(pdfPath(t))).map((t) => t.file)).toEqual([]);
});

describe.each(targets)('$file', (target) => {
  const file = pdfPath(target);

  test('opens as an A4 PDF with its title, author, language and a sane page count', () => {
    const meta = info(file);
    expect(meta['Title']).toBe(target.title);
    expect(meta['Author']).toBe(target.author);
    expect(meta['Tagged']).toBe('yes');
    expect(meta['Page size']).toMatch(/^59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)$/);
    const pages = Number(meta['Pages']);
    expect(pages).toBeGreaterThanOrEqual(target.kind === 'report' ? 20 : 1);
    expect(pages).toBeLessThanOrEqual(target.kind === 'report' ? 80 : 20);
  });

  test('embeds every font, the Chinese ones as named Noto SC subsets rather than Type 3', () => {
    const rows = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    const notEmbedded = rows.filter((row) => row.trim().split(/\s+/).at(-5) !== 'yes');
    expect(notEmbedded).toEqual([]);
    expect(rows.filter((row) => row.includes('Type 3'))).toEqual([]);
    expect(rows.some((row) => /^[A-Z]{6}\+NotoSansSC/.test(row))).toBe(true);
  });

  test('has a bookmark outline and language metadata', async () => {
    const document = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const outlines = document.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    expect(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber()).not.toBe(0);
    expect(String(document.catalog.get(PDFName.of('Lang')))).toMatch(/zh-CN/);
  });

  test('holds the text of its page: headings and figures, with running heads and page numbers', () => {
    const page = parseHtml(builtPages().find(([path]) => path === target.page)?.[1] ?? '');
    const headings = byTag(page, 'h1', 'h2').map((heading) => squash(readableText(heading)));
    const all = squash(text(file));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => h && !all.includes(h))).toEqual([]);
    const numbers = byTag(page, 'strong')
      .map((strong) => textOf(strong))
      .filter((number) => /^\d[\d.]*$/.test(number));
    expect(numbers.filter((n) => !all.includes(n))).toEqual([]);
    const lastPage = Number(info(file)['Pages']);
    expect(squash(text(file, lastPage))).toContain(`第${lastPage}页/共${lastPage}页`);
    if (target.kind !== 'report')
      expect(squash(text(file, 1))).toContain(squash(`${target.author}《`));
  });
});

test('no PDF links to the machine that rendered it: without SITE_URL, links to site pages are plain text', async () => {
  // This build has no SITE_URL (tests/site/builds/base-path.test.ts covers a build with one).
  const chapter = await pdfLinks(pdfPath(targets.find((t) => t.page === '/2017/operations/')!));
  const report = await pdfLinks(pdfPath(targets.find((t) => t.kind === 'report')!));
  const chapterPage = parseHtml(builtPages().find(([path]) => path === '/2017/operations/')![1]);
  expect(
    byTag(chapterPage, 'a').some(({ attribs }) => attribs['href']?.startsWith('/2017/pillars/')),
    'the chapter links pillar pages',
  ).toBe(true);
  expect(report.internal, 'the whole report links its chapters').toBeGreaterThanOrEqual(
    targets.filter((t) => t.kind === 'chapter').length,
  );
  for (const target of targets) {
    const { uris } = await pdfLinks(pdfPath(target));
    expect(
      uris.filter((uri) => !/^(https?:\/\/(?!127\.|localhost)|mailto:)/.test(uri)),
      target.file,
    ).toEqual([]);
  }
  expect(chapter.uris.filter((uri) => uri.includes('/2017/'))).toEqual([]);
});

test('PDF file names say the report, the year and the part', () => {
  for (const t of targets)
    expect(t.file).toMatch(/^chinalco-\d{4}-carbon-report(-\d{2}-[a-z-]+|-pillar-[a-z-]+)?\.pdf$/);
});

test('every PDF link on the site points at a PDF the build produced, with its true size', () => {
  const links = builtPages().flatMap(([path, html]) =>
    byTag(parseHtml(html), 'a')
      .filter((link) => classesOf(link).includes('pdf-link'))
      .map((link) => ({
        path,
        href: link.attribs['href'] ?? '',
        size: textOf(byTag(link, 'span').find((span) => classesOf(span).includes('size')) ?? link),
      })),
  );
  expect(links.map((l) => l.path)).toEqual(
    expect.arrayContaining(['/2017/', '/2017/management/', '/2017/pillars/living/']),
  );
  for (const link of links) {
    const file = join(DIST, link.href);
    expect(existsSync(file), link.href).toBe(true);
    const bytes = statSync(file).size;
    const shown =
      bytes < 1024 * 1024
        ? `${Math.max(1, Math.round(bytes / 1024))} KB`
        : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    expect(link.size, link.href).toBe(`（PDF，${shown}）`);
  }
});

test('charts are drawn as vectors: no bitmaps, and their axis labels are text', () => {
  const target = targets.find((t) => t.page === '/2017/operations/')!;
  const images = run('pdfimages', ['-list', pdfPath(target)])
    .split('\n')
    .slice(2)
    .filter(Boolean);
  expect(images).toEqual([]);
  expect(text(pdfPath(target))).toMatch(/15,000/);
});

test('a chapter PDF shows its chart: the chart area of the page is drawn, not blank', () => {
  const target = targets.find((t) => t.page === '/2017/operations/')!;
  const file = pdfPath(target);
  const pages = Number(info(file)['Pages']);
  const page = Array.from({ length: pages }, (_, i) => i + 1).find((p) =>
    squash(text(file, p)).includes('新水使用量（万吨）、再生水使用量（万吨）'),
  )!;
  expect(page).toBeDefined();
  // Where the chart's caption sits on the page (points), from pdftotext's word boxes.
  const boxes = parseHtml(
    run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']),
  );
  const caption = byTag(boxes, 'word').find((word) => textOf(word).startsWith('新水使用量'))!;
  const top = Number(caption.attribs['ymax']);
  // Render the page at 72 dpi (1 px = 1 pt) and count saturated (coloured) pixels in the chart band.
  const ppm = execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '72', file], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = ppm.indexOf(0x0a, ppm.indexOf(0x0a, ppm.indexOf(0x0a) + 1) + 1) + 1;
  let coloured = 0;
  for (let y = Math.round(top + 10); y < Math.min(height, Math.round(top + 190)); y++) {
    for (let x = 0; x < width; x++) {
      const i = offset + (y * width + x) * 3;
      const [r, g, b] = [ppm[i]!, ppm[i + 1]!, ppm[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
    }
  }
  expect(coloured).toBeGreaterThan(500);
});

test('a KPI row and its 编者注 share a page: no page continues the KPI table with a note', () => {
  const withTable = targets.filter((t) => t.page === '/2017/performance/' || t.kind === 'report');
  expect(withTable).toHaveLength(2);
  for (const target of withTable) {
    const file = pdfPath(target);
    const pages = Number(info(file)['Pages']);
    for (let page = 1; page <= pages; page++) {
      const lines = text(file, page)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      const header = lines.findIndex((line) => /^指标名称\s+单位\s+\d{4}/.test(line));
      if (header === -1) continue;
      expect(lines[header + 1], `${target.file}, page ${page}`).not.toMatch(/^编者注/);
    }
  }
});
