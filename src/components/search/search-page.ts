/**
 * The search page (`#search`): Pagefind's field and results in the page itself, for readers who
 * come with a `?q=` link or without the header's dialog. Searches the page's year unless the
 * reader asks for every year.
 *
 * Pagefind starts when it is needed: at once for a `?q=` link, otherwise when the reader first
 * uses the stand-in field (SearchStandIn.astro). Started with the page, its script, WebAssembly
 * and index held a phone's main thread for 100 ms after the page had painted, for readers who
 * might never type.
 */
import { loadPagefind } from './pagefind-components.ts';
import { fieldHtml, resultsHtml, yearScope } from './search-parts.ts';
import { nextTask } from '../next-task.ts';

async function start(view: HTMLElement, standIn: HTMLElement | null) {
  const { year = '', placeholder = '', allYears = '' } = view.dataset;
  const instance = await loadPagefind();
  await nextTask();
  const scope = yearScope(instance, year, allYears);
  view.insertAdjacentHTML('beforeend', fieldHtml(placeholder) + resultsHtml());
  view.querySelector('pagefind-input')?.after(scope);
  // Pagefind's field takes the stand-in's place, with what the reader typed while it loaded.
  const typed = standIn?.querySelector('input')?.value ?? '';
  const focused = !!standIn?.contains(document.activeElement);
  standIn?.remove();
  await nextTask();
  const query = new URLSearchParams(location.search).get('q') || typed;
  const input = view.querySelector('pagefind-input input[type="search"]');
  if (!(input instanceof HTMLInputElement)) return;
  if (focused) input.focus();
  if (query) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Runs `then` once, the first time the reader focuses, presses on or types into `element`. */
function onFirstUse(element: HTMLElement, then: () => void) {
  const events = ['focusin', 'pointerdown', 'input'] as const;
  const used = () => {
    for (const type of events) element.removeEventListener(type, used);
    then();
  };
  for (const type of events) element.addEventListener(type, used);
}

const view = document.getElementById('search');
if (view) {
  const standIn = view.querySelector<HTMLElement>('.search-stand-in');
  if (!standIn || new URLSearchParams(location.search).get('q')) void start(view, standIn);
  else {
    standIn.hidden = false;
    onFirstUse(standIn, () => void start(view, standIn));
  }
}
