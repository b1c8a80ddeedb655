/**
 * Fetches the page's enhancements once its text is on screen. The page is complete without them,
 * so their request waits for the first contentful paint instead of competing with the document and
 * the stylesheet on a slow link. The module's <script> waits, inert, in <template id="enhancements">;
 * a copy put in the document runs. Where paint timing is missing, it goes after the next frame.
 */
const load = () => {
  const template = document.getElementById('enhancements');
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
