/**
 * Every page of the built site can be shared: a canonical address, Open Graph and Twitter-card
 * tags, and its own 1200×630 card image, which exists in the site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages } from './built-site.ts';

/** The page's path inside the site, whether the build had SITE_URL or not. */
const sitePathOf = (url: string) => new URL(url, 'http://site/').pathname;

const tag = (html: string, attribute: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];

/** The pages a reader shares: every page of a year (the root only redirects; 404 is no page). */
const shared = builtPages().filter(([path]) => /^\/\d{4}\//.test(path));

describe.each(shared)('%s', (path, html) => {
  test('names itself as the canonical address and in its Open Graph tags', () => {
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
    expect(canonical && sitePathOf(canonical)).toBe(path);
    expect(tag(html, 'property', 'og:url')).toBe(canonical);
    expect(tag(html, 'property', 'og:title')).toBe(/<title>([^<]*)<\/title>/.exec(html)?.[1]);
    expect(tag(html, 'property', 'og:site_name')).toMatch(/《.+》/);
    expect(tag(html, 'name', 'twitter:card')).toBe('summary_large_image');
  });

  test('has its own 1200×630 card, which the site holds', () => {
    const image = tag(html, 'property', 'og:image');
    expect(image).toBeDefined();
    expect(tag(html, 'name', 'twitter:image')).toBe(image);
    const file = join(DIST, sitePathOf(image!));
    expect(existsSync(file)).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

test('no two pages share a card', () => {
  const images = shared.map(([, html]) => tag(html, 'property', 'og:image'));
  expect(new Set(images).size).toBe(shared.length);
});
