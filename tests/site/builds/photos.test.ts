/**
 * Photos through the real build (tests/fixtures/photos, built with the real src/): a camera-sized
 * original, made here at run time rather than committed, is published only as web sizes (WebP, with
 * srcset) and a print size (JPEG at 300 dpi of its printed width), on the page and in the PDFs;
 * a photo over the limit stops the check and the build with the exact message.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import sharp from 'sharp';
import { byTag, parseHtml, type HtmlDocument } from '../../../scripts/lib/html.ts';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  FIXTURES,
  astro,
  fixtureProject,
  removeFolder,
  run,
  scratchFolder,
  script,
} from '../../support/fixture-site.ts';
import { PHOTO_MAX_BYTES } from '../../../src/data/photos/limits.ts';

const ORIGINAL = { width: 4000, height: 3000 };
/** The largest a screen size may weigh, and the print size (noise compresses worse than a photo). */
const WEB_BUDGET = 300 * 1024;
const PRINT_BUDGET = 1024 * 1024;
const copies: string[] = [];
let site = '';
let original = Buffer.alloc(0);

/** A copy of the fixture beside it (its astro.config.mjs imports ../astro.fixture.mjs). */
function copyFixture(): string {
  const root = fixtureProject(scratchFolder('photos-build-'), {
    copy: join(FIXTURES, 'photos'),
    config: false,
  });
  copies.push(root);
  return root;
}

const astroBuild = (root: string) => run(astro('build'), { cwd: root });
const check = (root: string) => run(script('check.ts'), { cwd: root });

beforeAll(async () => {
  site = copyFixture();
  // A 12-megapixel camera JPEG: blurred noise, which no encoder can shrink to nothing.
  const noise = await sharp({
    create: {
      ...ORIGINAL,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer();
  original = await sharp(noise).blur(2.5).jpeg({ quality: 95 }).toBuffer();
  writeFileSync(join(site, 'content/2017/photos/harbour.jpg'), original);
  const built = astroBuild(site);
  if (built.status !== 0) throw new Error(`The photos fixture did not build:\n${built.output}`);
  const pdf = run(script('pdf.ts', '--out', 'pdf-out'), { cwd: site });
  if (pdf.status !== 0) throw new Error(`The photos fixture's PDFs failed:\n${pdf.output}`);
});
afterAll(() => copies.forEach(removeFolder));

const page = () => parseHtml(readFileSync(join(site, 'dist/2017/intro/index.html'), 'utf8'));
/** The first <img> or <source> of a page with an attribute that names the photo. */
const tagOf = (document: HtmlDocument, name: 'img' | 'source', photo: string) =>
  byTag(document, name).find(({ attribs }) =>
    Object.values(attribs).some((value) => value.includes(photo)),
  )?.attribs ?? {};
/** Every picture a page asks for: img src and srcset, and source srcset. */
const referenced = (document: HtmlDocument) =>
  byTag(document, 'img', 'source').flatMap(({ attribs }) => [
    ...(attribs['src'] ? [attribs['src']] : []),
    ...(attribs['srcset'] ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
      .filter(Boolean),
  ]);
const file = (url: string) => join(site, 'dist', url);

test('the original is published nowhere: no file of the site has its bytes or its size', () => {
  expect(original.byteLength).toBeGreaterThan(2 * 1024 * 1024);
  const files = globSync('**', { cwd: join(site, 'dist'), dot: true, absolute: true });
  const pictures = files.filter((f) => /\.(jpe?g|png|webp)$/.test(f));
  expect(pictures.length).toBeGreaterThan(0);
  // No picture as large as the original; no file at all (the CMS's script is larger) its copy.
  expect(pictures.filter((f) => statSync(f).size >= original.byteLength)).toEqual([]);
  expect(
    files.filter(
      (f) => statSync(f).size === original.byteLength && readFileSync(f).equals(original),
    ),
  ).toEqual([]);
});

test('the page shows screen sizes within the budget, with srcset, sizes, width and height, lazily, with the caption as alt', async () => {
  const document = page();
  const img = tagOf(document, 'img', 'harbour');
  expect(img['alt']).toBe('港口的氧化铝装船作业');
  expect(img['loading']).toBe('lazy');
  expect(img['sizes']).toBe('(min-width: 64rem) 46rem, calc(100vw - 2rem)');
  expect([img['width'], img['height']]).toEqual(['1600', '1200']);
  const candidates = (img['srcset'] ?? '').split(',').map((c) => c.trim().split(/\s+/));
  expect(candidates.map(([, width]) => width)).toEqual(['480w', '800w', '1200w', '1600w']);
  for (const [url, width] of candidates) {
    expect(url).toMatch(/^\/_astro\/harbour\.[\w-]+\.webp$/);
    const metadata = await sharp(file(url!)).metadata();
    expect([`${metadata.width}w`, metadata.format]).toEqual([width, 'webp']);
    expect(statSync(file(url!)).size, url).toBeLessThanOrEqual(WEB_BUDGET);
  }
  // The case's small photo keeps its own width, and its alt text is the one the editor wrote.
  const small = tagOf(document, 'img', 'solar-panels');
  expect(small['alt']).toBe('屋顶上成排的光伏板');
  expect(small['width']).toBe('360');
});

test('print takes one JPEG at 300 dpi of its printed width (160 mm: 120 mm high at 4:3)', async () => {
  const source = tagOf(page(), 'source', 'harbour');
  expect(source['media']).toBe('print');
  const url = source['srcset']!;
  expect(await sharp(file(url)).metadata()).toMatchObject({ width: 1890, format: 'jpeg' });
  expect(statSync(file(url)).size).toBeLessThanOrEqual(PRINT_BUDGET);
});

test('every page refers only to pictures the build made, each within its budget', () => {
  const pages = ['2017/intro', '2017/print', '2017/cases'].map((path) =>
    parseHtml(readFileSync(join(site, 'dist', path, 'index.html'), 'utf8')),
  );
  const urls = new Set(pages.flatMap(referenced).filter((url) => !url.endsWith('.svg')));
  expect(urls.size).toBeGreaterThanOrEqual(7);
  for (const url of urls) {
    expect(url).toMatch(/^\/_astro\/[\w.-]+\.(webp|jpg)$/);
    expect(statSync(file(url)).size, url).toBeLessThanOrEqual(PRINT_BUDGET);
  }
});

test('the PDFs embed the print size at 300 dpi, never the original', () => {
  const pdf = join(site, 'pdf-out/2017/chinalco-2017-carbon-report.pdf');
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/));
  // Columns: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
  expect(images.map((c) => [c[3], c[4], c[8]])).toEqual([
    ['1890', '1418', 'jpeg'],
    ['360', '240', 'jpeg'],
  ]);
  expect(Math.abs(Number(images[0]![12]) - 300)).toBeLessThanOrEqual(2);
});

test('a photo over the size limit stops the check and the build, with the file, the size, the limit and the fix', async () => {
  const root = copyFixture();
  // A real JPEG, padded past the limit: readers ignore what follows its end marker.
  const small = await sharp({
    create: { width: 800, height: 600, channels: 3, background: '#808080' },
  })
    .jpeg()
    .toBuffer();
  const bytes = 11_000_000;
  expect(bytes).toBeGreaterThan(PHOTO_MAX_BYTES);
  writeFileSync(
    join(root, 'content/2017/photos/harbour.jpg'),
    Buffer.concat([small, Buffer.alloc(bytes - small.byteLength)]),
  );
  const message =
    'photos[0].src：图片 content/2017/photos/harbour.jpg 太大：文件有 10.5 MB（不能超过 10.0 MB）。网站会用这张图生成网页和印刷用的尺寸，印刷只需约 2,000 像素宽。请用任一图片编辑软件把它缩小到最长边不超过 6,000 像素，以 80 至 90 的质量另存为 JPEG';

  const checked = check(root);
  expect(checked.status).toBe(1);
  expect(checked.output).toContain(`- content/2017/chapters/01-intro.mdx:10 › ${message}`);

  const built = astroBuild(root);
  expect(built.status).not.toBe(0);
  // The build stops with the check's own words, line included.
  expect(built.output).toContain(`- content/2017/chapters/01-intro.mdx:10 › ${message}`);
  expect(existsSync(join(root, 'dist/2017/intro/index.html'))).toBe(false);
});
