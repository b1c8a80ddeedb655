/**
 * Fetches the page's enhancements once its text is on screen and the document has all arrived. The
 * page is complete without them, so their request waits instead of competing with the document on a
 * slow link: for the first contentful paint (the text), and for `load` (the rest of the document,
 * which streams in after the first screen). The module's <script> waits, inert, in its <template>; a
 * copy put in the document runs, after the next frame. Where paint timing is missing, `load` alone
 * decides; where the paint is never reported, a second after `load`.
 *
 * Waiting for `load` also keeps the request off Lighthouse's simulated path to the LCP: its
 * pessimistic estimate counts every request that ended before the LCP it recorded, and that paint
 * can come after the first contentful one (a late frame on a busy machine), which put the module's
 * round trip before the article's first paragraph there (`npm run bench` prints that path).
 */
// ENHANCEMENTS_TEMPLATE_ID of src/lib/dom.ts, written out: an import would split dom.ts into a chunk of
// its own that both scripts load, one request more before anything is enhanced.
const TEMPLATE_ID = 'enhancements';

let loaded = false;
const load = () => {
  if (loaded) return;
  loaded = true;
  const template = document.getElementById(TEMPLATE_ID);
  if (template instanceof HTMLTemplateElement) document.head.append(template.content.cloneNode(true));
};

const painted = new Promise<void>((resolve) => {
  if (
    performance.getEntriesByName('first-contentful-paint').length > 0 ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint')
  )
    return resolve();
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    resolve();
  });
  observer.observe({ type: 'paint' });
  // Firefox records no first-contentful-paint for a page that opens scrolled to a #fragment: a second
  // after `load` the page has been painted anyway. (Chromium may fire `load` before its first paint.)
  addEventListener('load', () => setTimeout(resolve, 1000), { once: true });
});
const complete = new Promise<void>((resolve) => {
  if (document.readyState === 'complete') resolve();
  else addEventListener('load', () => resolve(), { once: true });
});
Promise.all([painted, complete]).then(() => requestAnimationFrame(() => setTimeout(load)));
