/**
 * Every enhancement of the article page in one module: one request, no import chain. It upgrades the
 * page one custom element per task. The page is complete without it.
 *
 * How it gets to the browser, in the order things happen (start reading here):
 * 1. src/pages/[slug].astro puts src/components/Enhancements.astro in the page's <head>.
 * 2. Enhancements.astro writes an inert <template> holding EnhancementsModule.astro, the inline
 *    script src/scripts/load-enhancements.ts (small, so Astro writes it into the page: no request),
 *    and the <copy-link> buttons' template.
 * 3. EnhancementsModule.astro is just `<script src="enhancements.ts">`, alone in a component so that
 *    Astro's bundled module tag can sit inside the template, where it is not fetched.
 * 4. load-enhancements.ts waits for the first contentful paint, then clones the template into the
 *    document: the module tag comes alive and this file is fetched, after the text is on screen and
 *    without competing with the document and its stylesheet on a slow link.
 * 5. This file defines the elements below; each class lives in its own file of src/scripts and
 *    reads the ids and event names the build shares with it from src/lib/dom.ts.
 */
import { ActorMap } from './actor-map';
import { CopyLink } from './copy-link';
import { EmbedCode } from './embed-code';
import { TableOfContents } from './table-of-contents';
import { VisitTimeline } from './visit-timeline';

const ELEMENTS = {
  'table-of-contents': TableOfContents,
  'copy-link': CopyLink,
  'actor-map': ActorMap,
  'visit-timeline': VisitTimeline,
  'embed-code': EmbedCode,
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
