/**
 * The contract between the site and the scripts that publish it (scripts/pdf.ts, cards.ts,
 * lib/finish-pages.ts, the render caches, the benchmark): the site's build writes this manifest
 * (src/integrations/site-manifest.ts, from what its pages rendered), and the scripts read it instead
 * of reading the pages' HTML back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';

/** The manifest's file in a built site; scripts/build.ts moves it out of the published site. */
export const SITE_MANIFEST_FILE = 'site-manifest.json';

/** Bump when a field changes meaning, so that a script never reads an older build's manifest. */
export const SITE_MANIFEST_FORMAT = 1;

const cardTextSchema = z.object({
  /** The report year, as the card prints it large. */
  year: z.string(),
  /** The organisation that publishes the report. */
  organisation: z.string(),
  /** The page's own title. */
  title: z.string(),
  /** The report's title in 《》. */
  report: z.string(),
});

const pdfSchema = z.object({
  kind: z.enum(['chapter', 'pillar', 'report']),
  year: z.number().int(),
  /** The page it is printed from, with the base ("/2017/print/"). */
  page: z.string(),
  /** Its file name under pdf/<year>/. */
  file: z.string(),
  /** Its document title. */
  title: z.string(),
  /** Its document author: the report's organisation. */
  author: z.string(),
  /** The HTML file of its page: with the files that page loads, what decides the PDF. */
  html: z.string(),
});

const pageSchema = z.object({
  /** The page's address without the base ("/2017/intro/"). */
  path: z.string(),
  /** Its HTML file in the built site ("2017/intro/index.html"). */
  file: z.string(),
  /** The PDFs it links, as paths under pdf/ ("2017/x.pdf"), each with a size placeholder to fill. */
  pdfLinks: z.array(z.string()),
  /** Its sharing card, for the pages that have one (src/data/publish/cards.ts). */
  card: z
    .object({
      /** The card's file in the built site ("og/2017/intro.png"). */
      file: z.string(),
      text: cardTextSchema,
      /** The address the page names it by (og:image), when it names it (the publishing build). */
      named: z.string().optional(),
    })
    .optional(),
});

export const siteManifestSchema = z.object({
  format: z.literal(SITE_MANIFEST_FORMAT),
  /** The folder of the address the site was built for: its pages are served there. */
  base: z.string(),
  /**
   * Every page built on the site's layout (src/layouts/BaseLayout.astro), in path order: the pages
   * of each year and the 404 page. The root's redirect and the editors' CMS are not among them.
   */
  pages: z.array(pageSchema),
  /** Every PDF the site offers, whether or not this build links it, by year and file name. */
  pdfs: z.array(pdfSchema),
});

export type CardText = z.output<typeof cardTextSchema>;
export type ManifestPdf = z.output<typeof pdfSchema>;
export type ManifestPage = z.output<typeof pageSchema>;
export type SiteManifest = z.output<typeof siteManifestSchema>;

/** Astro writes its 404 route as 404.html, which hosts serve for an unknown address. */
const NOT_FOUND_PATH = '/404/';

/** The HTML file a page's address (without the base) is written to: "/2017/" → "2017/index.html". */
export const htmlFileOf = (path: string) =>
  path === NOT_FOUND_PATH
    ? '404.html'
    : path.endsWith('/')
      ? `${path.slice(1)}index.html`
      : `${path.slice(1)}.html`;

/** The manifest of a built site, validated; says what to do when it is missing or out of date. */
export function readSiteManifest(site: string): SiteManifest {
  const file = join(site, SITE_MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `读不到 ${file}（${error instanceof Error ? error.message : String(error)}）。它由网站构建写出：请重新构建网站（npm run build，或 npm run build:site）。`,
    );
  }
  const parsed = siteManifestSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${file} 不是这一版脚本能读的网站清单（${parsed.error.issues[0]?.path.join('.')}：${parsed.error.issues[0]?.message}）。请用这一版重新构建网站。`,
    );
  return parsed.data;
}
