/**
 * Sharing cards: a 1200×630 PNG per page of a year (og:image), rendered by the publishing build
 * (scripts/cards.ts) after its site pass, which names them (src/data/publish/publish-links.ts); other
 * builds name no card.
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The card of a page ("/2017/intro/" → "og/2017/intro.png"; a year's cover → "og/2017/index.png"). */
export function cardFile(pagePath: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  const name = parts.length > 1 ? parts.slice(1).join('-') : 'index';
  return `og/${parts[0] ?? 'site'}/${name}.png`;
}

/** Whether a page gets a card: the pages of a year do. */
export const hasCard = (pagePath: string) => /^\/\d{4}\//.test(pagePath);

/**
 * The address of a page's card in the publishing build (deferred links, which it renders);
 * else none.
 */
export function publishedCard(
  pagePath: string,
  deferred: boolean,
  sitePath: (path: string) => string,
): string | undefined {
  return deferred && hasCard(pagePath) ? sitePath(`/${cardFile(pagePath)}`) : undefined;
}
