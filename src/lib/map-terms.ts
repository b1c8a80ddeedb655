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
