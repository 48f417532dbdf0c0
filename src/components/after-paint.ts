/**
 * Scripts that wait for the page's first paint. Module scripts in the page are fetched while it is
 * parsed, and on a phone's slow network each is a round trip that the largest paint (text, on
 * these pages) is counted against. So the site's module sits in a <template>, which the browser
 * leaves inert, and this one inline script (named by its hash in the page's CSP) puts it in the
 * page once the browser has reported the first contentful paint and the page has loaded, after one
 * more frame: a long page's text paints in frames after its header, and a frame is painted before
 * it is shown, so "after the next frame" alone is too soon. Where paint timing is missing (or the
 * page loads in a hidden tab, which paints nothing), it starts three seconds after the load.
 */
export const AFTER_PAINT_ATTRIBUTE = 'data-after-paint';

/**
 * Set on <html> once the module has run, for whatever must wait for it: the PDF renderer, and
 * tests of what the scripts do.
 */
export const SCRIPTS_STARTED_ATTRIBUTE = 'data-scripts-started';

export const AFTER_PAINT_SCRIPT =
  `(()=>{let painted=false,loaded=false,started=false;const start=()=>{if(started)return;started=true;` +
  `for(const t of document.querySelectorAll('template[${AFTER_PAINT_ATTRIBUTE}]'))` +
  `document.body.append(document.importNode(t.content,true))};` +
  `const ready=()=>{if(painted&&loaded)requestAnimationFrame(()=>setTimeout(start))};` +
  `try{new PerformanceObserver((list,observer)=>{` +
  `if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();painted=true;ready()}})` +
  `.observe({type:'paint',buffered:true})}catch{}` +
  `addEventListener('load',()=>{loaded=true;ready();setTimeout(start,3000)})})()`;
