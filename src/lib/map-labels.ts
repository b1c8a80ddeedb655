/**
 * Where each actor's label sits, per view: a point (the actor's anchor unless given in lon/lat) and
 * an offset in em, so labels keep their distance whatever font size the stylesheet gives each view.
 * Chosen by hand so that no two labels overlap at 320, 360, 768 and 1280 px (a browser test checks; the
 * engines suite checks 320, 390, 768 and 1280 px in Chromium, Firefox and WebKit).
 */
import type { LonLat } from './map-projection';
import { round } from './round';

export interface LabelPlacement {
  /** Where to put the label instead of the actor's anchor. */
  at?: LonLat;
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
}

export const OVERVIEW_LABELS: Record<string, LabelPlacement> = {
  russia: { dx: 0, dy: 0.35, anchor: 'middle' },
  cina: { dx: -0.85, dy: -0.6, anchor: 'end' },
  'corea-del-nord': { dx: -0.7, dy: 0.95, anchor: 'end' },
  'corea-del-sud': { dx: 0.75, dy: -0.25, anchor: 'start' },
  giappone: { dx: 0, dy: 1.7, anchor: 'middle' },
  taiwan: { dx: 0.75, dy: 0.35, anchor: 'start' },
  'stati-uniti': { dx: 0.3, dy: -1, anchor: 'end' },
  ucraina: { dx: 0.9, dy: 0.35, anchor: 'start' },
  iran: { dx: 0.9, dy: 0.35, anchor: 'start' },
};

/**
 * Only the actors of the Far East have a label in the detail view, set on their own land, with room for
 * the stops' badges: map.ts fans the badges out around these names (their hit boxes at a phone's size),
 * so a name set where the badges crowd (south of Tumangang, under Komsomol'sk) pushes them onto the route.
 */
export const DETAIL_LABELS: Record<string, LabelPlacement> = {
  russia: { at: [137, 47.6], dx: 0, dy: 0.35, anchor: 'middle' },
  cina: { at: [123.4, 46.9], dx: 0, dy: 0.35, anchor: 'middle' },
  // Off its east coast, north of South Korea: on a phone the name is wider than the country and its route.
  'corea-del-nord': { at: [128.2, 38.8], dx: 0, dy: 0.35, anchor: 'start' },
  giappone: { at: [142.8, 43.6], dx: 0, dy: 0.35, anchor: 'middle' },
};

/** A box in em around a label, for a touch target of at least 24 × 24 px: `[x, y, width, height]`. */
export type EmBox = [number, number, number, number];

/** Average advance of a bold sans-serif letter, in em, with a little to spare. */
const LETTER_WIDTH = 0.62;
/**
 * Tall enough for 24 px at the smallest label size the stylesheet uses (11 px, on a 320 px screen), with
 * room for a classic scrollbar (Firefox's 12 px on Linux), which shrinks the map and its labels to 10 px.
 */
const TARGET_HEIGHT = 2.4;

/** The hit box of a label set at `dx`, `dy` (em) from its point with the given text-anchor. */
export function labelHitBox(text: string, { dx, dy, anchor }: Pick<LabelPlacement, 'dx' | 'dy' | 'anchor'>): EmBox {
  const width = text.length * LETTER_WIDTH + 0.6;
  const left = anchor === 'start' ? dx - 0.3 : anchor === 'end' ? dx - width + 0.3 : dx - width / 2;
  // dy puts the baseline 0.35em below the visual middle of the letters.
  const top = dy - 0.35 - TARGET_HEIGHT / 2;
  return [left, top, width, TARGET_HEIGHT].map((value) => round(value, 2)) as EmBox;
}
