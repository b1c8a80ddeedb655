/** The text version of the map: one card per actor with its camp, capital, role and relations both ways. */
import { label } from './labels';
import type { MapRelationInput } from './map';
import type { Camp } from './map-terms';
import type { Source } from './timeline';

/** What a role or a relation label rests on, as the content gives it: sources and/or the section it paraphrases. */
export interface BasisInput {
  sources?: Source[];
  section?: string;
}

export interface ActorCardInput extends BasisInput {
  id: string;
  name: string;
  camp: Camp;
  capital: { name: string };
  role: string;
  sections: string[];
}

export type CardRelationInput = MapRelationInput & BasisInput;

/** The basis as the card prints it: the paraphrased section by its heading, then the sources. */
export interface Basis {
  section: { id: string; title: string } | null;
  sources: Source[];
}

export interface CardRelation {
  relationId: string;
  other: { id: string; name: string };
  label: string;
  basis: Basis;
}

export interface ActorCard {
  id: string;
  name: string;
  camp: Camp;
  campLabel: string;
  capital: string;
  role: string;
  /** What the role rests on. */
  basis: Basis;
  outgoing: CardRelation[];
  incoming: CardRelation[];
  sections: { id: string; title: string }[];
}

export function buildActorCards(
  actors: ActorCardInput[],
  relations: CardRelationInput[],
  sectionTitles: Map<string, string>,
): ActorCard[] {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const other = (id: string) => ({ id, name: names.get(id) ?? id });
  const basis = ({ section, sources }: BasisInput): Basis => ({
    section: section === undefined ? null : { id: section, title: sectionTitles.get(section) ?? section },
    sources: sources ?? [],
  });
  const relation = (entry: CardRelationInput, otherId: string): CardRelation => ({
    relationId: entry.id,
    other: other(otherId),
    label: entry.label,
    basis: basis(entry),
  });
  return actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    camp: actor.camp,
    campLabel: label(`camp.${actor.camp}`),
    capital: actor.capital.name,
    role: actor.role,
    basis: basis(actor),
    outgoing: relations.filter((entry) => entry.from === actor.id).map((entry) => relation(entry, entry.to)),
    incoming: relations.filter((entry) => entry.to === actor.id).map((entry) => relation(entry, entry.from)),
    sections: actor.sections.map((id) => ({ id, title: sectionTitles.get(id) ?? id })),
  }));
}
