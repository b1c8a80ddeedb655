/**
 * Fetches the page's enhancements once its text is on screen. The page is complete without them,
 * so their request waits for the first contentful paint instead of competing with the document and
 * the stylesheet on a slow link. The module's <script> waits, inert, in its <template>;
 * a copy put in the document runs. Where paint timing is missing, it goes after the next frame; where
 * the paint is never reported, a second after `load`.
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
const afterNextFrame = () => requestAnimationFrame(() => setTimeout(load));

if (
  performance.getEntriesByName('first-contentful-paint').length > 0 ||
  !PerformanceObserver.supportedEntryTypes?.includes('paint')
) {
  afterNextFrame();
} else {
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    load();
  });
  observer.observe({ type: 'paint' });
  // Firefox records no first-contentful-paint for a page that opens scrolled to a #fragment: a second
  // after `load` the page has been painted anyway. (Chromium may fire `load` before its first paint.)
  addEventListener('load', () => setTimeout(afterNextFrame, 1000), { once: true });
}
