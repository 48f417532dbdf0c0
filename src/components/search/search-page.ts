/**
 * The search page (`#search`): Pagefind's field and results in the page itself, for readers who
 * come with a `?q=` link or without the header's dialog. Searches the page's year unless the
 * reader asks for every year.
 */
import { loadPagefind } from './pagefind-components.ts';
import { fieldHtml, resultsHtml, yearScope } from './search-parts.ts';
import { nextTask } from '../next-task.ts';

async function start(view: HTMLElement) {
  const { year = '', placeholder = '', allYears = '' } = view.dataset;
  const instance = await loadPagefind();
  await nextTask();
  const scope = yearScope(instance, year, allYears);
  view.insertAdjacentHTML('beforeend', fieldHtml(placeholder) + resultsHtml());
  view.querySelector('pagefind-input')?.after(scope);
  await nextTask();
  const query = new URLSearchParams(location.search).get('q');
  const input = view.querySelector('input[type="search"]');
  if (query && input instanceof HTMLInputElement) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

const view = document.getElementById('search');
if (view) void start(view);
