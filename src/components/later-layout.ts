/**
 * Lays out the later blocks of a long chapter after the page has loaded. Laid out with the page,
 * a chapter's blocks were one task of 60 to 90 ms of a desktop core (several times that on a
 * phone) in which the page could not answer. So, on a page opened afresh, the chapter's blocks after
 * its first few skip layout while it loads, unless on screen (ChapterLayout: `content-visibility:
 * auto`), and are laid out here a few at a time, each group in a task of its own, once the page's
 * scripts have started. Afterwards the page is as if nothing had waited.
 *
 * Only a page opened afresh waits: on a reload or a step back in history the browser returns to where
 * the reader was, which it can only find with every block at its real size. Without JavaScript
 * nothing waits either, as nothing would finish the layout.
 */
import { nextTask } from './next-task.ts';

/** On <html> while the blocks of a page opened afresh may wait for their layout. */
export const LAYOUT_LATER_ATTRIBUTE = 'data-layout-later';

/** On the element whose children may wait. */
export const LATER_BLOCKS_ATTRIBUTE = 'data-later-blocks';

/** On each child once it is laid out; the stylesheet no longer lets it skip layout. */
export const LAID_OUT_ATTRIBUTE = 'data-laid-out';

/** Set on <html> once every waiting block is laid out (tests wait for it). */
export const ALL_LAID_OUT_ATTRIBUTE = 'data-all-laid-out';

/**
 * The inline script, in the page's <head> (named by its hash in the page's CSP), that lets a page
 * opened afresh defer its blocks' layout.
 */
export const LAYOUT_LATER_SCRIPT =
  `if(performance.getEntriesByType('navigation')[0]?.type==='navigate')` +
  `document.documentElement.setAttribute('${LAYOUT_LATER_ATTRIBUTE}','')`;

/** How long one task lays out blocks before it lets the page answer (ms). */
const SLICE_MS = 4;

export async function layOutLaterBlocks(): Promise<void> {
  if (document.documentElement.hasAttribute(LAYOUT_LATER_ATTRIBUTE)) {
    const blocks = document.querySelectorAll<HTMLElement>(
      `[${LATER_BLOCKS_ATTRIBUTE}] > :not([${LAID_OUT_ATTRIBUTE}])`,
    );
    let sliceStart = performance.now();
    for (const block of blocks) {
      block.setAttribute(LAID_OUT_ATTRIBUTE, '');
      // Reading its box lays it out now, in this slice, not with all the others at the next frame.
      block.getBoundingClientRect();
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
  }
  document.documentElement.setAttribute(ALL_LAID_OUT_ATTRIBUTE, '');
}
