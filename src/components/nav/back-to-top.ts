/**
 * <back-to-top>: shows its link once the page has scrolled a screen down (on narrow screens, while
 * scrolling back up). The link itself is plain `#top`, which browsers take to the top of the
 * document, keyboard focus start included.
 */

/** Wide enough for a margin beside the text. */
const WIDE = '(min-width: 64rem)';

class BackToTop extends HTMLElement {
  #frame = 0;
  #lastY = scrollY;
  #wide = matchMedia(WIDE);
  #update = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const y = scrollY;
      // On narrow screens it covers the text's corner: only while the reader scrolls back up.
      if (y !== this.#lastY || y <= innerHeight)
        this.toggleAttribute(
          'data-shown',
          y > innerHeight && (this.#wide.matches || y < this.#lastY),
        );
      this.#lastY = y;
    });
  };

  connectedCallback() {
    addEventListener('scroll', this.#update, { passive: true });
    this.#update();
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.#update);
  }
}

customElements.define('back-to-top', BackToTop);
