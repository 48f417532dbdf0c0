/**
 * Every link of the built site leads somewhere: crawled from the root (and from each whole-report
 * page, which nothing links), no link, asset or #fragment is broken, and every page, every PDF and
 * the downloads are reached.
 */
import { LinkChecker } from 'linkinator';
import { describe, expect, test } from 'vitest';
import { DIST, builtPages } from '../../support/built-site.ts';

/** Links to the site's own origin are checked; others (the canonical URL of the deployed site) not. */
const isOutside = async (link: string) =>
  /^https?:/.test(link) && !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(link);

/** The whole-report pages: the source of the full PDFs, which is what the site links instead. */
const isPrintPage = (path: string) => /^\/\d{4}\/print\/$/.test(path);

describe('the built site', async () => {
  const roots = [
    '/',
    ...builtPages()
      .map(([path]) => path)
      .filter(isPrintPage),
  ];
  // One crawl per root: linkinator crawls less when given several roots at once.
  const crawls = await Promise.all(
    roots.map((root) =>
      new LinkChecker().check({
        serverRoot: DIST,
        path: root,
        recurse: true,
        checkFragments: true,
        checkCss: true,
        linksToSkip: isOutside,
      }),
    ),
  );
  const result = { links: crawls.flatMap((crawl) => crawl.links) };

  test('has no broken link, asset or #fragment', () => {
    const broken = result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.parent} → ${link.url} (${link.status})`);
    expect(broken).toEqual([]);
  });

  test('reaches every page, PDF and download from the root', () => {
    const reached = new Set(
      result.links
        .filter((link) => link.state === 'OK')
        .map((link) => new URL(link.url, 'http://site/').pathname),
    );
    const pages = builtPages()
      .map(([path]) => path)
      .filter((path) => path !== '/404.html' && !isPrintPage(path));
    expect(pages.filter((path) => !reached.has(path))).toEqual([]);
    expect([...reached].filter((url) => url.endsWith('.pdf')).length).toBe(14);
    expect([...reached].some((url) => url.endsWith('.csv'))).toBe(true);
  });
});
