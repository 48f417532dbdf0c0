import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sitePath } from './paths.ts';

/**
 * Sharing cards: a 1200×630 PNG per page (og:image), rendered by the publishing build
 * (scripts/cards.ts) into the folder CARD_DIR names, which its second site pass sets; without it
 * pages name no card.
 */
export const CARD_DIR_VARIABLE = 'CARD_DIR';
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The card of a page ("/2017/intro/" → "og/2017/intro.png"; a year's cover → "og/2017/index.png"). */
export function cardFile(pagePath: string): string {
  const parts = pagePath.split('/').filter(Boolean);
  const name = parts.length > 1 ? parts.slice(1).join('-') : 'index';
  return `og/${parts[0] ?? 'site'}/${name}.png`;
}

/** The address of a page's card, if the build rendered one. */
export function producedCard(
  pagePath: string,
  folder = process.env[CARD_DIR_VARIABLE],
): string | undefined {
  const file = cardFile(pagePath);
  if (!folder || !existsSync(join(folder, file.slice('og/'.length)))) return undefined;
  return sitePath(`/${file}`);
}
