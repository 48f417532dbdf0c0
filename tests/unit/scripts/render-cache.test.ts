import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { isWholePng } from '../../../scripts/lib/card-cache.ts';
import { isWholePdf } from '../../../scripts/lib/pdf-cache.ts';
import { RenderCache } from '../../../scripts/lib/render-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'render-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42,
  0x60, 0x82,
]);

test.each([
  ['a whole PDF', isWholePdf, pdf, true],
  ['a PDF cut short', isWholePdf, pdf.subarray(0, 20), false],
  ['an empty file', isWholePdf, Buffer.alloc(0), false],
  ['a whole PNG', isWholePng, png, true],
  ['a PNG cut short', isWholePng, png.subarray(0, 14), false],
])('%s', (_name, isWhole, bytes, expected) => {
  expect(isWhole(bytes)).toBe(expected);
});

test('a stored file is found under its key, and only there', () => {
  const cache = new RenderCache(join(work, 'store'), 'pdf', isWholePdf);
  expect(cache.get('a')).toBeUndefined();
  cache.put('a', pdf);
  expect(Buffer.from(cache.get('a')!)).toEqual(pdf);
  expect(cache.get('b')).toBeUndefined();
  // Nothing is left under a temporary name.
  expect(readdirSync(cache.folder)).toEqual(['a.pdf']);
});

test('an entry that is not whole is not reused', () => {
  const cache = new RenderCache(join(work, 'cut'), 'pdf', isWholePdf);
  cache.put('a', pdf.subarray(0, 20));
  expect(cache.get('a')).toBeUndefined();
});

test('prune removes entries unused for 30 days and stale temporary files, clear everything', () => {
  const cache = new RenderCache(join(work, 'prune'), 'pdf', isWholePdf);
  cache.put('old', pdf);
  cache.put('used', pdf);
  writeFileSync(join(cache.folder, '.killed.1.tmp'), 'half');
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * 24 * 3600 * 1000);
  utimesSync(join(cache.folder, 'old.pdf'), daysAgo(31), daysAgo(31));
  utimesSync(join(cache.folder, 'used.pdf'), daysAgo(31), daysAgo(31));
  utimesSync(join(cache.folder, '.killed.1.tmp'), daysAgo(2), daysAgo(2));
  expect(cache.get('used')).toBeDefined(); // a use keeps it
  cache.prune(now);
  expect(readdirSync(cache.folder)).toEqual(['used.pdf']);
  expect(cache.clear()).toBe(1);
  expect(readdirSync(work)).not.toContain('prune');
});
