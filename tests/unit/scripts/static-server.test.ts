/** The static server the benchmark, the PDF renderer and the site tests use serves its folder only. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';

let parent: string;
let server: Awaited<ReturnType<typeof startStaticServer>>;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(parent, 'dist/2017'), { recursive: true });
  mkdirSync(join(parent, 'dist-old'));
  writeFileSync(join(parent, 'dist/2017/index.html'), '<p>2017</p>');
  writeFileSync(join(parent, 'dist-old/secret.txt'), 'not of the site');
  writeFileSync(join(parent, 'secret.txt'), 'not of the site');
  server = await startStaticServer(join(parent, 'dist'));
});

afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${server.url}${path}`);

test('a folder of the site is served as its index.html', async () => {
  const response = await get('/2017/');
  expect(response.status).toBe(200);
  expect(await response.text()).toBe('<p>2017</p>');
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
