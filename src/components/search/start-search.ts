/**
 * Starts Pagefind's search UI on the search page (`#search`), opening `?q=` as a query. A bundled
 * module rather than an inline script, so that the page's Content-Security-Policy allows no inline
 * script at all. Pagefind's own script, loaded before this one, defines PagefindUI.
 */
interface PagefindUIOptions {
  element: HTMLElement;
  showSubResults: boolean;
  showImages: boolean;
  translations: Record<string, string | undefined>;
}

declare global {
  interface Window {
    PagefindUI: new (options: PagefindUIOptions) => unknown;
  }
}

const element = document.getElementById('search');
if (element) {
  new window.PagefindUI({
    element,
    showSubResults: true,
    showImages: false,
    translations: { placeholder: element.dataset['placeholder'] },
  });
  const input = element.querySelector('input');
  // Pagefind's field has only a title; the page's heading names it.
  input?.setAttribute('aria-labelledby', 'search-title');
  const query = new URLSearchParams(location.search).get('q');
  if (query && input) {
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

export {};
