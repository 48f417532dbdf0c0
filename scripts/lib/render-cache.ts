/**
 * A folder of rendered files (PDFs, sharing cards) kept between builds under keys made of
 * everything that decides them, so that a build renders only what changed. Whoever stores a file
 * computes its key (scripts/lib/pdf-cache.ts for the PDFs); a new key is simply a miss, so a stale
 * file is never found.
 *
 * Entries are written under a temporary name and renamed, so a half-written file is never under a
 * key; an entry that is not whole anyway (a disk that filled up) is not reused.
 */
import { execFileSync } from 'node:child_process';
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
import { sha256 } from '../../src/pipeline/sha256.ts';

/** Entries no build has used for this long are removed, so a cache does not grow for ever. */
const UNUSED_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

const require = createRequire(import.meta.url);

/** A package's version, from the package.json above its entry point (not every package exports it). */
function packageVersion(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (manifest.name === name) return manifest.version;
  }
  throw new Error(`no package.json found for ${name}; run npm ci.`);
}

/**
 * A module and every module it imports by a relative path, transitively, as [path from the
 * project root, hash of its text].
 */
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
 * What renders the files, as one string: the Chromium binary's version, the code of the script
 * `entry` (in scripts/) and every module it imports, and the versions of `packages`. Fails, as
 * launching it would, when the Chromium does not run.
 */
export function rendererIdentity(chromiumPath: string, entry: string, packages: string[]): string {
  let chromium: string;
  try {
    chromium = execFileSync(chromiumPath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    throw new Error(
      `the Chromium at ${chromiumPath} did not tell its version (${chromiumPath} --version failed), so it cannot render either. Install Chromium again, or set CHROMIUM_PATH to a working one.`,
    );
  }
  return JSON.stringify({
    chromium,
    code: codeHashes(entry),
    packages: packages.map((name) => [name, packageVersion(name)]),
  });
}

export class RenderCache {
  readonly folder: string;
  private readonly extension: string;
  private readonly isWhole: (bytes: Uint8Array) => boolean;

  /** `isWhole` tells a complete file of this kind from a truncated one. */
  constructor(folder: string, extension: string, isWhole: (bytes: Uint8Array) => boolean) {
    this.folder = folder;
    this.extension = extension;
    this.isWhole = isWhole;
  }

  private entry(key: string) {
    return join(this.folder, `${key}.${this.extension}`);
  }

  /** The file stored under the key, or undefined; a hit counts as a use (kept from pruning). */
  get(key: string): Uint8Array | undefined {
    const file = this.entry(key);
    if (!existsSync(file)) return undefined;
    const bytes = readFileSync(file);
    if (!this.isWhole(bytes)) return undefined;
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  }

  /** Stores a file under its key: written beside it under a temporary name, then renamed. */
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
      const limit = name.endsWith('.tmp') ? 1 : UNUSED_DAYS;
      if (now - statSync(file).mtimeMs > limit * DAY_MS) rmSync(file, { force: true });
    }
  }

  /** Removes the whole cache; returns how many files it held. */
  clear(): number {
    const count = existsSync(this.folder)
      ? readdirSync(this.folder).filter((name) => name.endsWith(`.${this.extension}`)).length
      : 0;
    rmSync(this.folder, { recursive: true, force: true });
    return count;
  }
}
