/**
 * The PDF cache: a rendered PDF is kept under a key made of everything that decides it, and reused
 * while that key is unchanged. The key covers the page's built HTML (as the renderer is served it),
 * every file that page loads (scripts/lib/page-inputs.ts: stylesheets and what they name, scripts
 * and the modules they import, images), the PDF's title, author and file name, the base the site is
 * served under, and the renderer: the Chromium version, the code of scripts/pdf.ts and every module
 * it imports, and the versions of the packages that write the PDF and give it its fonts. A change to
 * any of them is a new key, so a stale PDF is never found.
 *
 * Entries are written to a temporary name and renamed, so a half-written file is never under a key;
 * an entry that is not a whole PDF anyway (a disk that filled up) is not reused.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pageInputs } from './page-inputs.ts';

/** Bump to drop every entry written before a change in what the key means. */
const KEY_FORMAT = 1;
/** Entries no build has used for this long are removed, so the cache does not grow for ever. */
const UNUSED_DAYS = 30;

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The packages whose versions change the bytes of a PDF: the browser driver, pdf-lib, the fonts. */
const RENDERER_PACKAGES = [
  '@playwright/test',
  '@cantoo/pdf-lib',
  '@fontsource/noto-sans-sc',
  '@fontsource/noto-serif-sc',
  '@fontsource/noto-sans',
];

const require = createRequire(import.meta.url);
/** A package's version, from the package.json above its entry point (not every package exports it). */
function packageVersion(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (manifest.name === name) return manifest.version;
  }
  throw new Error(`pdf: no package.json found for ${name}; run npm ci.`);
}

/** A module and every module it imports by a relative path, transitively, as [path, hash]. */
function codeHashes(entry: string): [string, string][] {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, sha256(text));
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g))
      visit(resolve(dirname(file), m[1]!));
  };
  visit(resolve(entry));
  const root = resolve(dirname(entry), '..');
  return [...seen].map(([file, hash]) => [file.slice(root.length + 1), hash] as [string, string]);
}

/**
 * What renders the PDFs, as one string: the Chromium binary's version, the renderer's code and the
 * versions of its packages. Fails, like launching it would, when the Chromium does not run.
 */
export function rendererIdentity(chromiumPath: string, rendererEntry: string): string {
  let chromium: string;
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    throw new Error(
      `pdf: the Chromium at ${chromiumPath} did not tell its version (${chromiumPath} --version failed), so it cannot render the PDFs either. Install Chromium again, or set CHROMIUM_PATH to a working one.`,
    );
  }
  return JSON.stringify({
    chromium,
    code: codeHashes(rendererEntry),
    packages: RENDERER_PACKAGES.map((name) => [name, packageVersion(name)]),
  });
}

/** One PDF to render, as the key needs it. */
export interface KeyedTarget {
  /** The page's address, with the base. */
  page: string;
  file: string;
  title: string;
  year: number;
  author: string;
}

/** The HTML file a page's address is served from. */
export function pageFile(site: string, base: string, page: string): string {
  return join(site, page.slice(base.length), 'index.html');
}

/** The key of a PDF: a hash of everything that decides its bytes. */
export function pdfKey(site: string, base: string, target: KeyedTarget, renderer: string): string {
  const htmlFile = pageFile(site, base, target.page);
  const html = existsSync(htmlFile) ? readFileSync(htmlFile, 'utf8') : '';
  const inputs = pageInputs(site, base, target.page, html).map((path) => {
    const file = join(site, path);
    return [path, existsSync(file) ? sha256(readFileSync(file)) : 'missing'];
  });
  return sha256(
    JSON.stringify({
      format: KEY_FORMAT,
      renderer,
      base,
      target: [target.page, target.file, target.title, target.year, target.author],
      html: sha256(html),
      inputs,
    }),
  );
}

/** Whether bytes are a whole PDF: a header at the start, an end-of-file marker at the end. */
function isWholePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 32))).toString('latin1');
  return head === '%PDF-' && tail.trimEnd().endsWith('%%EOF');
}

export class PdfCache {
  readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  private entry(key: string) {
    return join(this.folder, `${key}.pdf`);
  }

  /** The PDF stored under the key, or undefined; a hit counts as a use (kept from pruning). */
  get(key: string): Uint8Array | undefined {
    const file = this.entry(key);
    if (!existsSync(file)) return undefined;
    const bytes = readFileSync(file);
    if (!isWholePdf(bytes)) return undefined;
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  }

  /** Stores a PDF under its key: written beside it under a temporary name, then renamed. */
  put(key: string, bytes: Uint8Array): void {
    mkdirSync(this.folder, { recursive: true });
    const temporary = join(this.folder, `.${key}.${process.pid}.tmp`);
    writeFileSync(temporary, bytes);
    renameSync(temporary, this.entry(key));
  }

  /** Removes entries unused for UNUSED_DAYS and temporary files older than a day (a killed run's). */
  prune(now = Date.now()): void {
    if (!existsSync(this.folder)) return;
    for (const name of readdirSync(this.folder)) {
      const file = join(this.folder, name);
      const age = now - statSync(file).mtimeMs;
      const limit = name.endsWith('.tmp') ? 1 : UNUSED_DAYS;
      if (age > limit * 24 * 3600 * 1000) rmSync(file, { force: true });
    }
  }

  /** Removes the whole cache; returns how many PDFs it held. */
  clear(): number {
    const count = existsSync(this.folder)
      ? readdirSync(this.folder).filter((name) => name.endsWith('.pdf')).length
      : 0;
    rmSync(this.folder, { recursive: true, force: true });
    return count;
  }
}
