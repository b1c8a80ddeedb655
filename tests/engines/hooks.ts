/**
 * The map's and the timeline's hooks the engine tests use, in one place: both components are being
 * redesigned, so what depends on their markup stays here. Ids and data-* attributes (src/lib/dom.ts),
 * roles and names; no styling classes.
 */
export { ARTICLE_PATH } from '../helpers/article';

/** An actor's link on the map. */
export const mapActor = (id: string) => `actor-map svg a[data-actor="${id}"]`;
/** The SVG whose data-view and data-selected say what the map shows. */
export const MAP_SVG = 'actor-map svg[data-view]';
export const MAP_PANEL = 'actor-map [data-panel]';
export const MAP_CLOSE = 'actor-map [data-panel] [data-close]';
/** The open panel's title: the actor's name, a link. */
export const MAP_PANEL_TITLE = 'actor-map [data-panel] h3 a';
/** The view switch's buttons. */
export const mapViewButton = (view: 'overview' | 'detail' | 'relations') => `actor-map button[data-view="${view}"]`;
/** A numbered stop of the journey on the map. */
export const mapStop = (number: number) => `#mappa-tappa-${number}`;
/**
 * Text and stop badges on the geographic map, which must not overlap; and its pointer targets, at least 24 px.
 * The "Rapporti" diagram's: the actors' names and the relations' number discs.
 */
export const MAP_LABELS = 'actor-map svg[data-view] :is(.label, .stop .badge)';
export const MAP_TARGETS = 'actor-map svg[data-view] :is(.hit, .stop .badge)';
/** The geographic map's capital markers and edge arrows, which names keep their distance from. */
export const MAP_MARKERS = 'actor-map svg[data-view] :is(.capital .mk, .edge-arrow)';
export const DIAGRAM_LABELS = 'actor-map .diagram :is(.label, .num .disc)';
export const DIAGRAM_TARGETS = 'actor-map .diagram .hit';

/** A timeline event's item and its link. */
export const timelineEvent = (id: string) => `#tappa-${id}`;
export const timelineEventLink = (id: string) => `#tappa-${id} a[href="#tappa-${id}"]`;
/** The timeline's step buttons. */
export const TIMELINE_PREVIOUS = 'visit-timeline [data-step="-1"]';
export const TIMELINE_NEXT = 'visit-timeline [data-step="1"]';
/** The event the timeline marks current. */
export const TIMELINE_CURRENT = 'visit-timeline a[aria-current="true"]';

/** Events of the journey itself (12–17 September 2023), in order: its period stays open in every design. */
export const JOURNEY = {
  chasan: 'arrivo-a-chasan',
  vostochnyArrival: 'arrivo-a-vostochny',
  summit: 'vertice-a-vostochny',
  /** The 14th: a travel day, no stop on the map. */
  travelDay: 'in-treno-verso-komsomolsk',
  komsomolsk: 'fabbrica-di-komsomolsk',
  knevichi: 'bombardieri-a-knevichi',
} as const;
