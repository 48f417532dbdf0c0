/** What search engines, chat apps and browsers read from each page: title, description, icons. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  byTag,
  firstTag,
  metaContent,
  parseHtml,
  readableText,
  textOf,
  type HtmlDocument,
} from '../../../scripts/lib/html.ts';
import { DIST, builtPages } from '../../support/built-site.ts';

const pages = builtPages().map(([path, html]): [string, HtmlDocument] => [path, parseHtml(html)]);
/** The text of a page's body, header to footer. */
const bodyText = (page: HtmlDocument) => {
  const body = firstTag(page, 'body');
  return body ? readableText(body) : '';
};

test('every page has a title of its own', () => {
  const titles = pages.map(([path, page]) => {
    const title = firstTag(page, 'title');
    return [path, title ? textOf(title) : ''];
  });
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
  for (const [path, page] of pages) {
    const description = metaContent(page, 'description');
    if (!description) {
      problems.push(`${path}: no description`);
      continue;
    }
    if ([...description].length > 120) problems.push(`${path}: description over 120 characters`);
    // The words come from the page: each phrase of the description is in the page's text.
    const text = bodyText(page).replace(/\s+/g, '');
    const phrases = description
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
    .flatMap(([path, page]) => {
      const named = byTag(page, 'link').map(({ attribs }) => attribs['href']);
      return icons.filter((icon) => !named.includes(icon)).map((icon) => `${path}: ${icon}`);
    });
  expect(missing).toEqual([]);
});
