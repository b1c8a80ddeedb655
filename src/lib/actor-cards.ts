/** The text version of the map: one card per actor with its camp, capital, role and relations both ways. */
import { label } from './labels';
import type { MapRelationInput } from './map';
import type { Camp } from './map-terms';

export interface ActorCardInput {
  id: string;
  name: string;
  camp: Camp;
  capital: { name: string };
  role: string;
  sections: string[];
}

export interface ActorCard {
  id: string;
  name: string;
  camp: Camp;
  campLabel: string;
  capital: string;
  role: string;
  outgoing: { relationId: string; other: { id: string; name: string }; label: string }[];
  incoming: { relationId: string; other: { id: string; name: string }; label: string }[];
  sections: { id: string; title: string }[];
}

export function buildActorCards(actors: ActorCardInput[], relations: MapRelationInput[], sectionTitles: Map<string, string>): ActorCard[] {
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  const other = (id: string) => ({ id, name: names.get(id) ?? id });
  return actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    camp: actor.camp,
    campLabel: label(`camp.${actor.camp}`),
    capital: actor.capital.name,
    role: actor.role,
    outgoing: relations
      .filter((relation) => relation.from === actor.id)
      .map((relation) => ({ relationId: relation.id, other: other(relation.to), label: relation.label })),
    incoming: relations
      .filter((relation) => relation.to === actor.id)
      .map((relation) => ({ relationId: relation.id, other: other(relation.from), label: relation.label })),
    sections: actor.sections.map((id) => ({ id, title: sectionTitles.get(id) ?? id })),
  }));
}
