/**
 * Ids the build writes and links to (skip link, index, share pages) that no script reads; the ones
 * scripts read are in dom.ts, which ships to the browser.
 */
export const MAIN_ID = 'contenuto';
export const STICKY_HEADER_ID = 'testata';
/** The headings of the map and the timeline. */
export const MAP_TITLE_ID = 'mappa-titolo';
export const TIMELINE_TITLE_ID = 'cronologia-titolo';
/**
 * The map's and the timeline's own elements, which the index links to. Not their headings: the timeline
 * skips its layout until it nears the screen, and measuring a heading inside it (the index's scroll
 * spy does) would force all of it to be laid out at once.
 */
export const MAP_ID = 'mappa';
/** The map's "Rapporti" view (diagram and list): a link to it shows it without JavaScript. */
export const RELATIONS_VIEW_ID = 'mappa-rapporti';
/** The full chronology, <visit-timeline>, after the article's text (the overview's id is in dom.ts). */
export const CHRONOLOGY_ID = 'cronologia-completa';
/** The editors' log of updates, after the actors' cards. */
export const UPDATES_ID = 'aggiornamenti';
