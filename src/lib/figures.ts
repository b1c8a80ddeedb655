/**
 * Everything the map and the timeline need, from the collections' plain data: the ordered timeline,
 * the journey's stops (shared by both), the map model and the actor cards.
 */
import type { Topology } from 'topojson-specification';
import { buildActorCards, type ActorCardInput } from './actor-cards';
import { buildMapModel, type MapActorInput, type MapRelationInput } from './map';
import { buildStops, stopNumbersByEvent, type StopPlaceInput } from './stops';
import { buildTimeline, type SourcedSpan, type TimelineEventInput } from './timeline';
import { buildTimelineModel } from './timeline-view';

export interface FigureInputs {
  /** world-atlas countries-110m, for the overview. */
  countries: Topology;
  /** world-atlas countries-50m, for the detail view's coasts. */
  detailCountries?: Topology;
  actors: (MapActorInput & ActorCardInput)[];
  relations: MapRelationInput[];
  places: StopPlaceInput[];
  events: TimelineEventInput[];
  spans: SourcedSpan[];
  /** The article's headings, to name the sections an actor is discussed in. */
  sections: { slug: string; text: string }[];
}

export function buildFigures({ countries, detailCountries, actors, relations, places, events, spans, sections }: FigureInputs) {
  const periods = buildTimeline(events, spans);
  const stops = buildStops(
    periods.flatMap((period) => period.days.flatMap((day) => day.events)),
    places,
  );
  const timeline = buildTimelineModel(periods, spans, {
    places: new Map(places.map((place) => [place.id, { name: place.name, plotted: place.lonLat !== undefined }])),
    actorNames: new Map(actors.map((actor) => [actor.id, actor.name])),
    stopNumbers: stopNumbersByEvent(stops),
  });
  const map = buildMapModel(countries, actors, relations, stops, detailCountries);
  const cards = buildActorCards(actors, relations, new Map(sections.map((section) => [section.slug, section.text])));
  return { map: { map, cards }, timeline };
}
