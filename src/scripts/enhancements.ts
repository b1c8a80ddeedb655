// Every enhancement of the article page in one module: one request, no import chain.
// It is loaded after the first paint (src/scripts/load-enhancements.ts) and upgrades the page one element per task.
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

// One element per task: each upgrade is short, so none keeps the reader's first tap waiting.
const pending = Object.entries(ELEMENTS);
const defineNext = () => {
  const [name, element] = pending.shift() ?? [];
  if (!name || !element) return;
  if (!customElements.get(name)) customElements.define(name, element);
  setTimeout(defineNext);
};
setTimeout(defineNext);
