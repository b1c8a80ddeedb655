// Every enhancement of the article page in one module: one request, no import chain.
import { ActorMap } from './actor-map';
import { CopyLink } from './copy-link';
import { TableOfContents } from './table-of-contents';
import { VisitTimeline } from './visit-timeline';

const ELEMENTS = {
  'table-of-contents': TableOfContents,
  'copy-link': CopyLink,
  'actor-map': ActorMap,
  'visit-timeline': VisitTimeline,
};

const upgrade = () => {
  for (const [name, element] of Object.entries(ELEMENTS)) if (!customElements.get(name)) customElements.define(name, element);
};

// The page is complete without these, so they wait until its text is on screen: the first frame
// only lays out the article, and the reader sees it sooner. Without paint timing, the next frame.
if (performance.getEntriesByName('first-contentful-paint').length > 0 || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  requestAnimationFrame(() => setTimeout(upgrade));
} else {
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    upgrade();
  });
  observer.observe({ type: 'paint' });
}
