/**
 * The pieces of a search view, shared by the header dialog and the search page: the field, the
 * choice between the year being read and every year, and results that name the chapter, the
 * section and the year, with the passage, linking to the section's anchor.
 */
import type { PagefindInstance } from './pagefind-components.ts';

/** Pagefind's filter that holds each page's report year (src/data/site/search-index.ts). */
const YEAR_FILTER = 'year';

/**
 * One result: the page (its chapter or list) with the year, the passage, and up to three
 * sections, each a link to its heading's anchor with its own passage. Keyboard navigation moves
 * between the links. Written in Pagefind's template syntax; its class names keep its styling.
 */
export const RESULT_TEMPLATE = `
<li class="pf-result">
  <div class="pf-result-card">
    <div class="pf-result-content">
      <p class="pf-result-title">
        <a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>
        {{#if meta.year}}<span class="result-year">{{ meta.year }}</span>{{/if}}
      </p>
      {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
    </div>
  </div>
  {{#if sub_results}}
  <ul class="pf-heading-chips">
    {{#each sub_results as sub}}
    <li class="pf-heading-chip">
      <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
      <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
    </li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Markup of Pagefind's field and results, to be inserted as HTML: parsed elements upgrade once,
 * after the element that holds them has arranged them (a <pagefind-modal> moves its children
 * into its dialog; elements made with createElement would start twice).
 */
export const fieldHtml = (placeholder: string) =>
  `<pagefind-input placeholder="${escape(placeholder)}"></pagefind-input>`;
export const resultsHtml = () =>
  `<pagefind-summary></pagefind-summary><pagefind-results><script type="text/pagefind-template">${RESULT_TEMPLATE}</script></pagefind-results>`;

let scopes = 0;

/**
 * Searches only `year` until the reader ticks the box to search every year. Set before the
 * first search, so that no result of another year shows first.
 */
export function yearScope(instance: PagefindInstance, year: string, label: string): HTMLElement {
  const only = () => ({ [YEAR_FILTER]: [year] });
  instance.searchFilters = only();
  const wrapper = document.createElement('p');
  wrapper.className = 'search-scope';
  const box = Object.assign(document.createElement('input'), {
    type: 'checkbox',
    id: `search-all-years-${++scopes}`,
  });
  const text = Object.assign(document.createElement('label'), {
    htmlFor: box.id,
    textContent: label,
  });
  box.addEventListener('change', () => instance.triggerFilters(box.checked ? {} : only()));
  wrapper.append(box, text);
  return wrapper;
}
