/**
 * src/data/ is pure functions over validated entries, and src/data/load/ the few modules that read
 * the world (content collections, files, the environment, the build's base): a pure module can be
 * imported, and unit-tested, without any of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';

const DATA = join(import.meta.dirname, '../../../src/data');
const modules = globSync('**/*.ts', { cwd: DATA }).map((file) => ({
  file,
  source: readFileSync(join(DATA, file), 'utf8'),
}));
const isLoad = (file: string) => file.startsWith('load/');

/** Every module a file imports or re-exports, and whether only its types (erased) are taken. */
function importsOf(source: string): { from: string; typeOnly: boolean }[] {
  return [
    ...source.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
  ].map((m) => ({ from: m[2]!, typeOnly: m[1] !== undefined }));
}

/** What reads the world: files, Astro's collections, the environment (directly or through env.ts). */
function worldReads(source: string): string[] {
  const reads = importsOf(source)
    .filter(({ typeOnly }) => !typeOnly)
    .map(({ from }) => from)
    .filter((from) =>
      /^node:(fs|child_process|os|process)\b|^astro:content$|\/config\/env(\.ts)?$/.test(from),
    );
  if (/import\.meta\.env|process\.env/.test(source)) reads.push('the environment');
  return reads;
}

test('the modules exist and are found', () => {
  expect(modules.length).toBeGreaterThan(40);
  expect(modules.filter(({ file }) => isLoad(file)).length).toBeGreaterThan(0);
});

test('data flows one way: nothing in src/data imports from src/components', () => {
  const backwards = modules.filter(({ source }) =>
    importsOf(source).some(({ from }) => /^(\.\.\/)+components\//.test(from)),
  );
  expect(backwards.map(({ file }) => file)).toEqual([]);
});

describe('only src/data/load/ reads the world', () => {
  test('no pure module reads files, collections or the environment', () => {
    const impure = modules
      .filter(({ file }) => !isLoad(file))
      .flatMap(({ file, source }) => worldReads(source).map((read) => `${file}: ${read}`));
    expect(impure).toEqual([]);
  });

  test('no pure module imports a value from load/ (types are erased)', () => {
    const through = modules
      .filter(({ file }) => !isLoad(file))
      .flatMap(({ file, source }) =>
        importsOf(source)
          .filter(({ from, typeOnly }) => !typeOnly && /(^\.\/|\/)load\//.test(from))
          .map(({ from }) => `${file}: ${from}`),
      );
    expect(through).toEqual([]);
  });

  test('every module in load/ reads the world, itself or through another', () => {
    const idle = modules
      .filter(({ file }) => isLoad(file))
      .filter(
        ({ source }) =>
          worldReads(source).length === 0 &&
          !importsOf(source).some(({ from, typeOnly }) => !typeOnly && /^\.\/[^/]+$/.test(from)),
      );
    expect(idle.map(({ file }) => file)).toEqual([]);
  });
});
