/**
 * Drafts show in the dev server and in a preview build (`npm run build:preview`, SHOW_DRAFTS=true),
 * never in the production build.
 */
import { environment } from '../../config/env.ts';

// Spelt out in full: Vite replaces `import.meta.env.DEV` as written.
export const showDrafts: boolean =
  Boolean(import.meta.env && import.meta.env.DEV) || environment().showDrafts;
