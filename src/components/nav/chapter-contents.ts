/**
 * <chapter-contents>: marks the entry of the section being read (aria-current="true") as the reader
 * scrolls, names it in the folded phone list's summary, keeps the list open on wide screens and
 * folds it on phones, and folds it again after a choice.
 */
import { currentIndex } from './current-section';

/** Where the side column appears; the same width as ChapterLayout's media query. */
const WIDE = '(min-width: 64rem)';
/** A section is being read once its heading is this close below where a jump to it lands. */
const READING_SLACK_PX = 32;

class ChapterContents extends HTMLElement {
  #observer?: IntersectionObserver;
  #wide = matchMedia(WIDE);

  connectedCallback() {
    const details = this.querySelector('details');
    const links = [...this.querySelectorAll<HTMLAnchorElement>('ol a')];
    const headings = links.map((link) =>
      document.getElementById(decodeURIComponent(link.hash.slice(1))),
    );
    if (!details) return;

    // Open on wide screens; on phones the markup's folded list is left as it is, so a list the
    // reader opened before this script ran stays open.
    if (this.#wide.matches) details.open = true;
    this.#wide.addEventListener('change', () => (details.open = this.#wide.matches));

    this.addEventListener('click', (event) => {
      if (!this.#wide.matches && (event.target as Element).closest('ol a')) details.open = false;
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || this.#wide.matches || !details.open) return;
      details.open = false;
      this.querySelector('summary')?.focus();
    });

    const summary = this.querySelector<HTMLElement>('[data-current]');
    let marked = -2;
    const mark = () => {
      const tops = headings.map((h) => h?.getBoundingClientRect().top ?? Infinity);
      // At the page's end the last short sections never reach the line: the window's bottom is it.
      const atEnd = scrollY + innerHeight >= document.documentElement.scrollHeight - 1;
      const index = currentIndex(tops, atEnd ? innerHeight : readingLine());
      if (index === marked) return;
      marked = index;
      links.forEach((link, i) =>
        i === index
          ? link.setAttribute('aria-current', 'true')
          : link.removeAttribute('aria-current'),
      );
      if (summary) summary.textContent = links[index]?.textContent ?? '';
      if (index >= 0 && this.#wide.matches) keepInSight(links[index]!);
    };
    // A heading crossing the reading line changes the section: watch the band above the line.
    this.#observer = new IntersectionObserver(mark, {
      rootMargin: `0px 0px ${Math.round(readingLine() - innerHeight)}px 0px`,
    });
    for (const heading of headings) if (heading) this.#observer.observe(heading);
    // A jump into the middle of a long section crosses no heading.
    addEventListener('scrollend', mark);
    mark();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

/**
 * The reading line, from the top of the window: just below where a jump to a heading puts it (the
 * page's scroll-padding, which clears the sticky header or contents line).
 */
function readingLine(): number {
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
  return (Number.isNaN(padding) ? 0 : padding) + READING_SLACK_PX;
}

/** Scrolls the side column, not the page, so that the marked entry stays in sight. */
function keepInSight(link: HTMLElement) {
  let box = link.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (!box) return;
  const { top, bottom } = link.getBoundingClientRect();
  const frame = box.getBoundingClientRect();
  if (top < frame.top) box.scrollTop -= frame.top - top;
  else if (bottom > frame.bottom) box.scrollTop += bottom - frame.bottom;
}

customElements.define('chapter-contents', ChapterContents);
