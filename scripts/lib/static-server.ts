import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipped = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * The rules of a `_headers` file (Netlify / Cloudflare Pages format) as [path pattern, headers];
 * none when the site has none.
 */
function readHostHeaders(site: string): [string, Record<string, string>][] {
  let text: string;
  try {
    text = readFileSync(join(site, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules: [string, Record<string, string>][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push([line.trim(), {}]);
    else {
      const at = line.indexOf(':');
      rules.at(-1)![1][line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** Text files are sent compressed, as every static host sends them (GitHub Pages, Netlify, …). */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.json',
  '.svg',
  '.csv',
  '.xml',
  '.txt',
  '.wasm',
]);
const acceptsGzip = (request: import('node:http').IncomingMessage) =>
  /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/**
 * Serves a built site on a free loopback port, as a static host would (dir/ → dir/index.html).
 * `base` is the folder of the address the site was built for (BASE_PATH): the site is served only
 * under it, and everything else is not found, as on a host that serves it there. The headers its
 * `_headers` file names are sent, as Netlify and Cloudflare Pages do, and text is gzipped for
 * clients that accept it, so that measured transfer sizes are what readers download. `mounts` serve other
 * folders under URL prefixes (e.g. fonts for the PDF renderer).
 */
export async function startStaticServer(
  root: string,
  {
    port = 0,
    base = '/',
    mounts = {},
  }: { port?: number; base?: string; mounts?: Record<string, string> } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const site = resolve(root);
  const hostHeaders = readHostHeaders(site);
  const headersFor = (path: string) =>
    Object.assign({}, ...hostHeaders.filter(([p]) => matches(p, path)).map(([, h]) => h));
  const notFound = async (response: import('node:http').ServerResponse, path: string) => {
    const page = await readFile(join(site, '404.html')).catch(() => Buffer.from('Not found'));
    response.writeHead(404, { ...headersFor(path), 'content-type': TYPES['.html']! }).end(page);
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (!mount && !path.startsWith(base)) return void (await notFound(response, path));
    const folder = mount ? resolve(mounts[mount]!) : site;
    let file = normalize(join(folder, path.slice(mount ? mount.length : base.length)));
    // Inside the folder, not merely a path that starts like it (/..%2fdist-old%2f names a sibling).
    const inside = relative(folder, file);
    if (inside.startsWith('..') || isAbsolute(inside)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const compress = COMPRESSIBLE.has(extname(file)) && acceptsGzip(request);
      response
        .writeHead(200, {
          ...headersFor(path),
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          vary: 'Accept-Encoding',
          ...(compress && { 'content-encoding': 'gzip' }),
        })
        .end(compress ? await gzipped(body) : body);
    } catch {
      await notFound(response, path);
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
