/**
 * Writes the site manifest (src/publish/manifest.ts) into every build, from what the pages
 * recorded as they rendered (src/publish/page-records.ts): never from their HTML.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withoutBase } from '../data/site/base-path.ts';
import {
  SITE_MANIFEST_FILE,
  SITE_MANIFEST_FORMAT,
  htmlFileOf,
  type SiteManifest,
} from '../publish/manifest.ts';
import { takeRecords, type PageRecord } from '../publish/page-records.ts';

/** The manifest of a site built for `base` whose pages recorded `records` (by address). */
export function siteManifest(base: string, records: Map<string, PageRecord>): SiteManifest {
  const pages = [...records]
    .map(([address, record]) => {
      const path = withoutBase(base, address);
      return {
        path,
        file: htmlFileOf(path),
        pdfLinks: [...record.pdfLinks].sort(),
        ...(record.card && { card: record.card }),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  const pdfs = new Map(
    [...records.values()].flatMap((record) =>
      record.pdfs.map(
        (pdf) => [pdf.file, { ...pdf, html: htmlFileOf(withoutBase(base, pdf.page)) }] as const,
      ),
    ),
  );
  return {
    format: SITE_MANIFEST_FORMAT,
    base,
    pages,
    pdfs: [...pdfs.values()].sort((a, b) => a.year - b.year || a.file.localeCompare(b.file)),
  };
}

export function siteManifestIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      // Records of an earlier build in the same process (a dev server's renders) are dropped.
      'astro:build:start': () => void takeRecords(),
      'astro:build:done': ({ dir }) => {
        const manifest = siteManifest(base, takeRecords());
        writeFileSync(
          fileURLToPath(new URL(SITE_MANIFEST_FILE, dir)),
          `${JSON.stringify(manifest, null, 2)}\n`,
        );
      },
    },
  };
}
