/** What search engines, chat apps and browsers read from each page: title, description, icons. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, builtPages, mainText } from './built-site.ts';

const pages = builtPages();
/** The text of a page's body, header to footer. */
const bodyText = (html: string) =>
  mainText(
    `<main>${(/<body[\s\S]*<\/body>/.exec(html)?.[0] ?? '').replace(/<\/?main\b[^>]*>/g, '')}</main>`,
  );
const attribute = (html: string, name: string) =>
  new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1];
const decode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

test('every page has a title of its own', () => {
  const titles = pages.map(([path, html]) => [
    path,
    /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
  ]);
  expect(titles.filter(([, title]) => title === '')).toEqual([]);
  const seen = new Map<string, string>();
  const repeated = titles.filter(([path, title]) => {
    const first = seen.get(title!);
    seen.set(title!, path!);
    return first !== undefined;
  });
  expect(repeated).toEqual([]);
});

test("every page has a description in the page's own words", () => {
  const problems: string[] = [];
  for (const [path, html] of pages) {
    const description = attribute(html, 'description');
    if (!description) {
      problems.push(`${path}: no description`);
      continue;
    }
    if ([...decode(description)].length > 120)
      problems.push(`${path}: description over 120 characters`);
    // The words come from the page: each phrase of the description is in the page's text.
    const text = bodyText(html).replace(/\s+/g, '');
    const phrases = decode(description)
      .replace(/…$/, '')
      .replace(/\s+/g, '')
      .split(/[：、，。《》]/)
      .filter((phrase) => phrase.length > 1);
    const missing = phrases.filter((phrase) => !text.includes(phrase));
    if (missing.length > 0) problems.push(`${path}: not in the page: ${missing.join(' / ')}`);
  }
  expect(problems).toEqual([]);
});

test('every page names its icons, and each is in the site', () => {
  const icons = ['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png'];
  for (const icon of icons) expect(existsSync(join(DIST, icon)), icon).toBe(true);
  const missing = pages
    .filter(([path]) => path !== '/')
    .flatMap(([path, html]) =>
      icons.filter((icon) => !html.includes(`href="${icon}"`)).map((icon) => `${path}: ${icon}`),
    );
  expect(missing).toEqual([]);
});
