import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearCollections } from '../../../src/cms/config.ts';
import type { CmsField } from '../../../src/cms/fields.ts';
import { format, resolveConfig } from 'prettier';
import { jsonFileText, readJsonFile } from '../../../src/cms/json-format.ts';
import type { Layout } from '../../../src/cms/json-layout.ts';

const [files] = yearCollections({ year: 2017 });
const fieldsOfFiles = (files!['files'] as { fields: CmsField[] }[]).map((f) => f.fields);

/** Every object's keys reversed, as an Immutable map of more than eight keys may give them back. */
const shuffled = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(shuffled)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, shuffled(v)]),
        )
      : value;

describe('JSON files as the CMS writes them', () => {
  it.each(['report', 'pillars', 'kpis', 'tables', 'honours'])(
    '%s.json of 2017, its keys in any order, is written back byte-identical after Prettier',
    async (name) => {
      const path = resolve(import.meta.dirname, `../../../content/2017/${name}.json`);
      const original = readFileSync(path, 'utf8');
      const layouts = new Map<string, Layout>();
      const data = shuffled(readJsonFile(original, layouts));
      const written = jsonFileText(data as never, fieldsOfFiles, layouts);
      const options = { ...(await resolveConfig(path)), filepath: path };
      expect(await format(written, options)).toBe(original);
    },
  );

  it('writes a file of a kind it has not read compact, with the keys in the schema’s order', () => {
    const text = jsonFileText(
      { honours: [{ issuer: 'c', recipient: 'b', award: 'a' }] },
      fieldsOfFiles,
    );
    expect(text).toBe('{\n"honours":[{"award":"a","recipient":"b","issuer":"c"}]\n}\n');
  });
});
