/**
 * Every page of the built site can be shared: a canonical address, Open Graph and Twitter-card
 * tags, and its own 1200×630 card image, which exists in the site and says what the site manifest
 * gave the card step.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_MANIFEST } from '../../../scripts/lib/build-paths.ts';
import { byTag, firstTag, metaContent, parseHtml, textOf } from '../../../scripts/lib/html.ts';
import type { SiteManifest } from '../../../src/publish/manifest.ts';
import { DIST, PROJECT_ROOT, builtPages } from '../../support/built-site.ts';

/** The page's path inside the site, whether the build had SITE_URL or not. */
const sitePathOf = (url: string) => new URL(url, 'http://site/').pathname;

const manifest = JSON.parse(
  readFileSync(join(PROJECT_ROOT, SITE_MANIFEST), 'utf8'),
) as SiteManifest;

/** The pages a reader shares: every page of a year (the root only redirects; 404 is no page). */
const shared = builtPages()
  .filter(([path]) => /^\/\d{4}\//.test(path))
  .map(([path, html]) => [path, parseHtml(html)] as const);

describe.each(shared)('%s', (path, page) => {
  test('names itself as the canonical address and in its Open Graph tags', () => {
    const canonical = byTag(page, 'link').find(({ attribs }) => attribs['rel'] === 'canonical')
      ?.attribs['href'];
    expect(canonical && sitePathOf(canonical)).toBe(path);
    expect(metaContent(page, 'og:url')).toBe(canonical);
    expect(metaContent(page, 'og:title')).toBe(textOf(firstTag(page, 'title')!));
    expect(metaContent(page, 'og:site_name')).toMatch(/《.+》/);
    expect(metaContent(page, 'twitter:card')).toBe('summary_large_image');
  });

  test('has its own 1200×630 card, which the site holds', () => {
    const image = metaContent(page, 'og:image');
    expect(image).toBeDefined();
    expect(metaContent(page, 'twitter:image')).toBe(image);
    const file = join(DIST, sitePathOf(image!));
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  test('names the card the site manifest gave the card step, with its own title on it', () => {
    const card = manifest.pages.find((entry) => entry.path === path)?.card;
    expect(card?.named).toBe(metaContent(page, 'og:image'));
    expect(metaContent(page, 'og:title')?.startsWith(`${card!.text.title} | `)).toBe(true);
  });
});

test('no two pages share a card', () => {
  const images = shared.map(([, page]) => metaContent(page, 'og:image'));
  expect(new Set(images).size).toBe(shared.length);
});
