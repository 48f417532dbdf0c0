import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');

test('data flows one way: nothing in src/data imports from src/components', () => {
  const backwards = globSync('data/**/*.ts', { cwd: SRC }).filter((file) =>
    /from '(\.\.\/)+components\//.test(readFileSync(join(SRC, file), 'utf8')),
  );
  expect(backwards).toEqual([]);
});
