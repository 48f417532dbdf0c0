/**
 * The static server the benchmark, the PDF renderer and the site tests use: its folder only, under
 * the site's base, with the headers of the site's _headers rules, and text gzipped.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';
import { headerCsp } from '../../../src/integrations/host-headers.ts';

let parent: string;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let based: Awaited<ReturnType<typeof startStaticServer>>;
const PAGE = `<!doctype html><p>${'2017 '.repeat(400)}</p>`;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(parent, 'dist/2017'), { recursive: true });
  mkdirSync(join(parent, 'dist-old'));
  writeFileSync(join(parent, 'dist/2017/index.html'), PAGE);
  mkdirSync(join(parent, 'dist/_astro'));
  writeFileSync(join(parent, 'dist/_astro/a.js'), 'export {};');
  writeFileSync(join(parent, 'dist/404.html'), '<p>没有这个页面</p>');
  writeFileSync(join(parent, 'dist/favicon.ico'), 'ico');
  writeFileSync(join(parent, 'dist/index.pf_meta'), 'bytes');
  mkdirSync(join(parent, 'fonts'));
  writeFileSync(join(parent, 'fonts/a.woff2'), 'font');
  writeFileSync(join(parent, 'dist-old/secret.txt'), 'not of the site');
  writeFileSync(join(parent, 'secret.txt'), 'not of the site');
  server = await startStaticServer(join(parent, 'dist'), {
    mounts: { '/__fonts/': join(parent, 'fonts') },
  });
  based = await startStaticServer(join(parent, 'dist'), { base: '/reports/carbon/' });
});

afterAll(async () => {
  await server.close();
  await based.close();
  rmSync(parent, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`);

test('a folder of the site is served as its index.html', async () => {
  const response = await get('/2017/');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html; ?charset=utf-8$/);
  expect(await response.text()).toBe(PAGE);
});

test('text goes gzipped to a client that accepts it, as is to one that does not', async () => {
  const raw = (encoding: string) =>
    new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
      const chunks: Buffer[] = [];
      request(`${server.url}/2017/`, { headers: { 'accept-encoding': encoding } }, (response) => {
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', fail)
        .end();
    });
  const gzipped = await raw('gzip, deflate');
  expect(gzipped.headers['content-encoding']).toBe('gzip');
  expect(gzipped.headers['vary']).toContain('Accept-Encoding');
  expect(gzipped.body.length).toBeLessThan(PAGE.length / 4);
  expect(gunzipSync(gzipped.body).toString()).toBe(PAGE);
  const plain = await raw('identity');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString()).toBe(PAGE);
});

test("the headers of the site's _headers rules are sent, hashed assets cached for good", async () => {
  const page = await get('/2017/');
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect(page.headers.get('content-security-policy')).toBe(headerCsp());
  expect(page.headers.get('cache-control')).toBe('public, max-age=300');
  const asset = await get('/_astro/a.js');
  expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test.each([
  ['/favicon.ico', 'image/x-icon'],
  ['/index.pf_meta', 'application/octet-stream'],
])('%s is sent as %s, as a host sends it', async (path, type) => {
  expect((await get(path)).headers.get('content-type')).toBe(type);
});

test("an unknown address gets the site's 404 page", async () => {
  const response = await get('/2017/nothing/');
  expect(response.status).toBe(404);
  expect(await response.text()).toBe('<p>没有这个页面</p>');
});

test('a mount serves its folder under its prefix', async () => {
  expect(await (await get('/__fonts/a.woff2')).text()).toBe('font');
});

test('under a base, the site is served there only', async () => {
  expect((await fetch(`${based.url}/reports/carbon/2017/`)).status).toBe(200);
  expect((await fetch(`${based.url}/2017/`)).status).toBe(404);
  const headers = (await fetch(`${based.url}/reports/carbon/_astro/a.js`)).headers;
  expect(headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test.each([
  '/..%2fdist-old%2fsecret.txt',
  '/..%2f..%2fsecret.txt',
  '/..%2fsecret.txt',
  '/%2e%2e/dist-old/secret.txt',
])('%s reads nothing outside the site folder', async (path) => {
  const response = await get(path);
  expect([403, 404]).toContain(response.status);
  expect(await response.text()).not.toContain('not of the site');
});
