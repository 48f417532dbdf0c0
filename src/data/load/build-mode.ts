/**
 * Which kind of build this is, from the environment (src/config/env.ts). Functions, not values:
 * the environment is read on first use, so a test can set it before anything reads it.
 */
import { environment, type Environment } from '../../config/env.ts';

/**
 * Drafts show in the dev server and in a preview build (`npm run build:preview`, SHOW_DRAFTS=true),
 * never in the production build.
 */
export const showDrafts = (): boolean =>
  // Spelt out in full: Vite replaces `import.meta.env.DEV` as written.
  Boolean(import.meta.env && import.meta.env.DEV) || environment().showDrafts;

/**
 * The publishing build's site pass (PUBLISH_LINKS=deferred): pages link every PDF and name every
 * card before they exist (src/data/publish/publish-links.ts).
 */
export const linksDeferred = (env: Environment = environment()) => env.linksDeferred;
