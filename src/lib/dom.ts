/**
 * Ids, fragment prefixes and event names that src/scripts read, shared with the build that writes
 * them. This file ships to the browser: keep it tiny. Ids only the build uses are in page-ids.ts.
 */
/** The timeline where the article places it: the journey day by day (an overview, not a custom element). */
export const TIMELINE_ID = 'cronologia';
/** The <template> holding the enhancements module's <script>, cloned out after the first paint. */
export const ENHANCEMENTS_TEMPLATE_ID = 'enhancements';
/** The <template> with the buttons and status every <copy-link> gets. */
export const COPY_LINK_TEMPLATE_ID = 'copy-link-template';

/** `#attore-<actor id>` selects an actor on the map (and is the id of its entry in the actor list). */
export const ACTOR_HASH_PREFIX = 'attore-';
/** `#tappa-<event id>` selects a timeline event (and is the id of its list item). */
export const EVENT_HASH_PREFIX = 'tappa-';
/** `#mappa-tappa-<number>` shows a stop of the journey on the map (and is the id of its link there). */
export const STOP_HASH_PREFIX = 'mappa-tappa-';

/** The section after the article with the actors' cards, which the map links to. */
export const ACTOR_CARDS_ID = 'schede-attori';
/** `#rapporto-<relation id>` is a relation's entry in the map's list of relations. */
export const RELATION_HASH_PREFIX = 'rapporto-';

/** On an alias anchor (an old id kept so shared links still land): the id of the element it stands for. */
export const ALIAS_OF_ATTRIBUTE = 'data-alias-of';

/** Dispatched on `document` by the timeline when an event is selected; the map highlights it. */
export const TIMELINE_SELECT_EVENT = 'cronologia:selezione';
export interface TimelineSelectDetail {
  eventId: string;
  /** The event's place if it is plotted on the map, else null. */
  placeId: string | null;
  actorIds: string[];
}

/** The element id named by a URL hash, or null for an empty or malformed one (never throws). */
export function idFromHash(hash: string): string | null {
  if (hash.length < 2 || !hash.startsWith('#')) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}
