/**
 * Where each actor's label sits, per view: a point (the actor's anchor unless given in lon/lat) and
 * an offset in em, so labels keep their distance whatever font size the stylesheet gives each view.
 * Chosen by hand so that no two labels overlap at 360, 768 and 1280 px (a browser test checks).
 */
import type { LonLat } from './map-projection';

export interface LabelPlacement {
  /** Where to put the label instead of the actor's anchor. */
  at?: LonLat;
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
}

export const OVERVIEW_LABELS: Record<string, LabelPlacement> = {
  russia: { dx: 0, dy: 0.35, anchor: 'middle' },
  cina: { dx: -0.5, dy: -0.3, anchor: 'end' },
  'corea-del-nord': { dx: -0.5, dy: 0.1, anchor: 'end' },
  'corea-del-sud': { dx: -0.5, dy: 1.2, anchor: 'end' },
  giappone: { dx: 0.5, dy: 0.35, anchor: 'start' },
  taiwan: { dx: 0.5, dy: 0.35, anchor: 'start' },
  'stati-uniti': { dx: -0.9, dy: 0.35, anchor: 'end' },
  ucraina: { dx: 0.9, dy: 0.35, anchor: 'start' },
  iran: { dx: 0.9, dy: 0.35, anchor: 'start' },
};

/** Only the actors of the Far East have a label in the detail view, set on their own land. */
export const DETAIL_LABELS: Record<string, LabelPlacement> = {
  russia: { at: [135.5, 48.8], dx: 0, dy: 0, anchor: 'middle' },
  cina: { at: [125.5, 46.3], dx: 0, dy: 0, anchor: 'middle' },
  'corea-del-nord': { at: [130.6, 39.6], dx: 0, dy: 0, anchor: 'middle' },
  giappone: { at: [142.8, 43.6], dx: 0, dy: 0, anchor: 'middle' },
};
