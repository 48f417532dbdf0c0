/**
 * <back-to-top>: shows its link once the page has scrolled a screen down. The link itself is plain
 * `#top`, which browsers take to the top of the document, keyboard focus start included.
 */
class BackToTop extends HTMLElement {
  #frame = 0;
  #update = () => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() =>
      this.toggleAttribute('data-shown', scrollY > innerHeight),
    );
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
