/**
 * The steps of the publishing build, in order: one list that `npm run build` (scripts/build.ts)
 * runs in its staging folder and `npm run bench` (scripts/bench.ts) times in dist/, so that the
 * benchmark measures the build as it is.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { finishPages } from './finish-pages.ts';
import {
  PUBLISH_LINKS_DEFERRED,
  PUBLISH_LINKS_VARIABLE,
} from '../../src/data/publish/publish-links.ts';

/** Where the steps work: the site being built, and where its PDFs and cards are rendered first. */
export interface PublishFolders {
  site: string;
  pdfs: string;
  cards: string;
}

/** A step: a command to run, or work done in this process that says what it did. */
export type PublishStep = { name: string } & (
  { command: string; args: string[]; env: Record<string, string> } | { work: () => string }
);

/** The editors' tools beside this module. */
const SCRIPTS = join(import.meta.dirname, '..');

const tool = (script: string, args: string[] = []) => ({
  command: process.execPath,
  args: [join(SCRIPTS, script), ...args],
  env: {},
});

/**
 * The publishing build's steps; without PDFs (a preview on a machine without Chromium) the site
 * is built without them and links none.
 */
export function publishSteps(
  { site, pdfs, cards }: PublishFolders,
  withPdfs = true,
): PublishStep[] {
  const renderSteps: PublishStep[] = [
    { name: 'render PDFs', ...tool('pdf.ts', ['--site', site, '--out', pdfs]) },
    { name: 'render sharing cards', ...tool('cards.ts', ['--site', site, '--out', cards]) },
    {
      name: 'finish pages',
      work: () => {
        cpSync(pdfs, join(site, 'pdf'), { recursive: true });
        cpSync(cards, join(site, 'og'), { recursive: true });
        const { pages, filled } = finishPages(site);
        return `完成页面（${pages} 页，${filled} 个 PDF 大小）`;
      },
    },
  ];
  return [
    // The content is checked first: if anything is wrong, nothing is built.
    { name: 'check content', ...tool('check.ts') },
    {
      name: 'build site',
      // --force: Astro's content cache would keep entries parsed with an earlier version of a schema.
      command: 'astro',
      args: ['build', '--force', '--outDir', site],
      env: withPdfs ? { [PUBLISH_LINKS_VARIABLE]: PUBLISH_LINKS_DEFERRED } : {},
    },
    ...(withPdfs ? renderSteps : []),
    { name: 'index for search', command: 'pagefind', args: ['--site', site], env: {} },
  ];
}
