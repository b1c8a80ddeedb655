/**
 * Everything the map and the timeline need, from the collections' plain data: the ordered timeline,
 * the journey's stops (shared by both), the map model and the actor cards.
 */
import type { Topology } from 'topojson-specification';
import { buildActorCards, type ActorCardInput, type CardRelationInput } from './actor-cards';
import { buildMapModel, type MapActorInput } from './map';
import { buildStops, stopNumbersByEvent, type StopPlaceInput } from './stops';
import { buildTimeline, eventsOf, type SourcedSpan, type TimelineEventInput } from './timeline';
import { buildTimelineModel } from './timeline-view';

export interface FigureInputs {
  /** world-atlas countries-110m, for the overview. */
  countries: Topology;
  /** world-atlas countries-50m, for the detail view's coasts. */
  detailCountries?: Topology;
  actors: (MapActorInput & ActorCardInput)[];
  relations: CardRelationInput[];
  places: StopPlaceInput[];
  events: TimelineEventInput[];
  spans: SourcedSpan[];
  /** The article's headings, to name the sections an actor is discussed in. */
  sections: { slug: string; text: string }[];
}

/** A reference to another entry, as a collection entry's data holds it. */
interface Ref {
  id: string;
}

/** The collections as Astro loads them (`{ data }` entries, references as `{ id }`); structural. */
export interface FigureContent {
  actors: { data: FigureInputs['actors'][number] }[];
  relations: { data: Omit<CardRelationInput, 'from' | 'to'> & { from: Ref; to: Ref } }[];
  places: { data: StopPlaceInput }[];
  events: { data: Omit<TimelineEventInput, 'placeId' | 'actorIds'> & { place?: Ref; actors: Ref[] } }[];
  spans: { data: SourcedSpan }[];
}

/** The adapter from the collections to `buildFigures`: plain data, references resolved to ids. */
export function figureInputs(
  content: FigureContent,
  atlas: Pick<FigureInputs, 'countries' | 'detailCountries'>,
  sections: FigureInputs['sections'],
): FigureInputs {
  return {
    ...atlas,
    actors: content.actors.map(({ data }) => data),
    relations: content.relations.map(({ data }) => ({ ...data, from: data.from.id, to: data.to.id })),
    places: content.places.map(({ data }) => data),
    events: content.events.map(({ data: { place, actors, ...event } }) => ({
      ...event,
      placeId: place?.id,
      actorIds: actors.map((actor) => actor.id),
    })),
    spans: content.spans.map(({ data }) => data),
    sections,
  };
}

export function buildFigures({
  countries,
  detailCountries,
  actors,
  relations,
  places,
  events,
  spans,
  sections,
}: FigureInputs) {
  const periods = buildTimeline(events, spans);
  const stops = buildStops(eventsOf(periods), places);
  const timeline = buildTimelineModel(periods, spans, {
    places: new Map(places.map((place) => [place.id, { name: place.name, plotted: place.lonLat !== undefined }])),
    actorNames: new Map(actors.map((actor) => [actor.id, actor.name])),
    stopNumbers: stopNumbersByEvent(stops),
  });
  const map = buildMapModel(countries, actors, relations, stops, detailCountries);
  const cards = buildActorCards(actors, relations, new Map(sections.map((section) => [section.slug, section.text])));
  return { map, cards, timeline };
}
