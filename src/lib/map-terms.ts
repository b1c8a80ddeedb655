/**
 * The closed vocabularies of the map data. The content schema validates against these lists, and
 * each value has an Italian label (`camp.<id>`, `relation.<id>` in labels.ts) that the type checker
 * holds it to.
 */

/** The actors' sides in the article's reading. */
export const CAMPS = ['asse', 'occidente', 'equilibrio'] as const;
export type Camp = (typeof CAMPS)[number];

/** What a relation between two actors carries. */
export const RELATION_KINDS = ['armi', 'tecnologia', 'protezione', 'sostegno', 'pressione', 'economia'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/**
 * Each camp's marker shape, in em around its point (a square, a disc, a diamond of about the same
 * weight): the camp's second channel after colour, on the map, in the diagram and in the legend.
 */
export const CAMP_MARKERS: Record<Camp, string> = {
  asse: 'M-.36,-.36h.72v.72h-.72z',
  occidente: 'M-.4,0a.4,.4 0 1,0 .8,0a.4,.4 0 1,0-.8,0z',
  equilibrio: 'M0,-.5L.5,0L0,.5L-.5,0z',
};
