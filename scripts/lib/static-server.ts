/**
 * Serves a built site on a loopback port as a static host would, for the benchmark, the PDF
 * renderer, the browser tests and `scripts/serve.ts`: files by sirv (dir/ → dir/index.html, nothing
 * outside the folder), the headers of the site's `_headers` rules from the module that writes them
 * (src/integrations/host-headers.ts), and text gzipped for clients that accept it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { lookup, mimes } from 'mrmime';
import sirv from 'sirv';
import { headersFor, hostHeaderRules, siteEntries } from '../../src/integrations/host-headers.ts';

type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** sirv's types (mrmime's) name no charset; hosts send text as UTF-8, as the site writes it. */
const TEXT_TYPE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;
// mrmime leaves out the favicon's type; sirv reads the same table.
mimes['ico'] = 'image/x-icon';

/** The type a host sends for a file: text as UTF-8, what it does not know as bytes (Pagefind's index). */
function contentType(path: string): string | undefined {
  const type = lookup(path);
  if (type) return TEXT_TYPE.test(type) ? `${type}; charset=utf-8` : undefined;
  return extname(path) ? 'application/octet-stream' : undefined;
}

/**
 * `base` is the folder of the address the site was built for (BASE_PATH): the site is served only
 * under it, and everything else is not found, as on a host that serves it there. `mounts` serve
 * other folders under URL prefixes (e.g. fonts for the PDF renderer).
 */
export async function startStaticServer(
  root: string,
  {
    port = 0,
    base = '/',
    mounts = {},
    localBackendUrl,
  }: {
    port?: number;
    base?: string;
    mounts?: Record<string, string>;
    /** The decap-server address the site was built with (its /admin/ policy allows it). */
    localBackendUrl?: string;
  } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const site = resolve(root);
  const rules = hostHeaderRules(base, siteEntries(site), localBackendUrl);
  const files = (folder: string, prefix: string) =>
    sirv(folder, {
      // Reads the folder on every request, as a host serves what was last uploaded.
      dev: true,
      setHeaders: (response, path) => {
        for (const [name, value] of Object.entries(headersFor(rules, prefix + path.slice(1))))
          response.setHeader(name, value);
        const type = contentType(path);
        if (type) response.setHeader('content-type', type);
      },
    });
  const served: [string, ReturnType<typeof sirv>][] = [
    ...Object.entries(mounts).map(([prefix, folder]): [string, ReturnType<typeof sirv>] => [
      prefix,
      files(resolve(folder), prefix),
    ]),
    [base, files(site, base)],
  ];
  const notFound = async (path: string, response: ServerResponse) => {
    const page = await readFile(join(site, '404.html')).catch(() => Buffer.from('Not found'));
    response
      .writeHead(404, { ...headersFor(rules, path), 'content-type': 'text/html; charset=utf-8' })
      .end(page);
  };
  // sirv sends only files compressed ahead (.gz beside the file); GitHub Pages, Netlify and
  // Cloudflare compress on the fly, and `compression` does that around any handler, with the
  // Accept-Encoding negotiation and Vary header, where node:zlib would need both by hand.
  const gzip = compression() as unknown as Handler;
  const server = createServer((request, response) => {
    gzip(request, response, () => {
      // The path as a browser resolves it ("." and ".." segments gone); %2F stays a character.
      const { pathname, search } = new URL(request.url ?? '/', 'http://x');
      const match = served.find(([prefix]) => pathname.startsWith(prefix));
      if (!match) return void notFound(pathname, response);
      const [prefix, handler] = match;
      request.url = `/${pathname.slice(prefix.length)}${search}`;
      handler(request, response, () => void notFound(pathname, response));
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
