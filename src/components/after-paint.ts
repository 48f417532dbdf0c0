/**
 * Scripts that wait for the page's first paint. Module scripts in the page are fetched while it is
 * parsed, and on a phone's slow network each is a round trip that the first paint (the largest, on
 * these pages of text) is counted against. So the site's module sits in a <template>, which the
 * browser leaves inert, and this one inline script (named by its hash in the page's CSP) puts it in
 * the page once the first frame is painted: a requestAnimationFrame callback runs just before that
 * frame, and a task it queues runs after it.
 */
export const AFTER_PAINT_ATTRIBUTE = 'data-after-paint';

export const AFTER_PAINT_SCRIPT =
  `requestAnimationFrame(()=>setTimeout(()=>{` +
  `for(const t of document.querySelectorAll('template[${AFTER_PAINT_ATTRIBUTE}]'))` +
  `document.body.append(document.importNode(t.content,true))}))`;
