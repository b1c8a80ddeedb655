/**
 * Fetches the page's enhancements once its text is on screen. The page is complete without them,
 * so their request waits for the first contentful paint instead of competing with the document and
 * the stylesheet on a slow link. The module's <script> waits, inert, in its <template>;
 * a copy put in the document runs. Where paint timing is missing, it goes after the next frame.
 */
// ENHANCEMENTS_TEMPLATE_ID of src/lib/dom.ts, written out: an import would split dom.ts into a chunk of
// its own that both scripts load, one request more before anything is enhanced.
const TEMPLATE_ID = 'enhancements';

const load = () => {
  const template = document.getElementById(TEMPLATE_ID);
  if (template instanceof HTMLTemplateElement) document.head.append(template.content.cloneNode(true));
};

if (performance.getEntriesByName('first-contentful-paint').length > 0 || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  requestAnimationFrame(() => setTimeout(load));
} else {
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    load();
  });
  observer.observe({ type: 'paint' });
}
