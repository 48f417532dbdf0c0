/**
 * <site-search>: the search in every page's header. Its link leads to the search page; with
 * JavaScript it becomes a button that opens Pagefind's search dialog, also with `/`, Ctrl-K and
 * ⌘-K. Pagefind loads when the reader opens search (or points at or focuses the button, to be
 * ready sooner), never with the page. Searches the year being read unless the reader asks for
 * every year. Closing the dialog (Escape, the close button, a click outside) returns focus to the
 * button.
 */
import { loadPagefind } from './pagefind-components.ts';
import { fieldHtml, resultsHtml, yearScope } from './search-parts.ts';

interface PagefindModal extends HTMLElement {
  open(): void;
  readonly isOpen: boolean;
}

/** Whether a key press belongs to a field the reader is typing in. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SiteSearch extends HTMLElement {
  #button?: HTMLButtonElement;
  #modal?: Promise<PagefindModal>;

  connectedCallback() {
    const link = this.querySelector('a');
    if (!link || this.#button) return;
    const button = document.createElement('button');
    button.type = 'button';
    // The link's attributes carry its class and Astro's style scope.
    for (const { name, value } of link.attributes)
      if (name !== 'href') button.setAttribute(name, value);
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    button.append(...link.childNodes);
    link.replaceWith(button);
    this.#button = button;
    button.addEventListener('click', () => void this.open());
    const warm = () => void loadPagefind().catch(() => {});
    button.addEventListener('pointerenter', warm, { once: true });
    button.addEventListener('focus', warm, { once: true });
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
  }

  #onKey = (event: KeyboardEvent) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!(k || (slash && !typing(event.target)))) return;
    if (document.querySelector('dialog[open]')) return;
    event.preventDefault();
    void this.open();
  };

  async open() {
    this.#modal ??= this.#build();
    const modal = await this.#modal;
    if (!modal.isOpen) modal.open();
  }

  async #build(): Promise<PagefindModal> {
    const instance = await loadPagefind();
    const { year = '', placeholder = '', allYears = '' } = this.dataset;
    const scope = yearScope(instance, year, allYears);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<pagefind-modal class="site-search-modal">
        <pagefind-modal-header>${fieldHtml(placeholder)}</pagefind-modal-header>
        <pagefind-modal-body>${resultsHtml()}</pagefind-modal-body>
        <pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>
      </pagefind-modal>`,
    );
    const modal = document.body.lastElementChild as PagefindModal;
    modal.querySelector('pagefind-modal-body')?.prepend(scope);
    modal.querySelector('dialog')?.addEventListener('close', () => this.#button?.focus());
    return modal;
  }
}

customElements.define('site-search', SiteSearch);
