/**
 * Links in a page about to become a PDF. The renderer loads the site from a temporary local
 * server, and Chromium writes every link as the absolute address it resolved to there
 * (http://127.0.0.1:<port>/…), which leads nowhere once the PDF is downloaded. Runs in the page
 * (page.evaluate), so it is self-contained.
 *
 * - A link to a place in the same page stays a link inside the PDF.
 * - A link to another page of the site goes to the site's public address, read from the page's
 *   canonical link (absolute when the site was built with SITE_URL).
 * - Without a public address such a link is left as plain text: better no link than a dead one.
 * Links to other sites are kept as they are.
 */
export function pointLinksAtPublicSite(serverOrigin: string): { publicSite: string | null } {
  // The canonical address is the public site's address followed by this page's path on the server.
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? '';
  const publicSite =
    !canonical.startsWith(serverOrigin) && canonical.endsWith(location.pathname)
      ? canonical.slice(0, canonical.length - location.pathname.length)
      : null;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const url = new URL(link.href);
    if (url.origin !== serverOrigin) continue;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) {
      link.setAttribute('href', url.hash);
    } else if (publicSite) {
      link.setAttribute('href', publicSite + url.pathname + url.search + url.hash);
    } else {
      link.removeAttribute('href');
    }
  }
  return { publicSite };
}
