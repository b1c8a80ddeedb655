/**
 * The stops of the journey on the map: journey events in order, at places with a verified position.
 * Consecutive events at one place share a stop; a place visited again later is a new stop.
 */

export interface StopEventInput {
  id: string;
  date: string;
  sequence?: number;
  kind: string;
  placeId?: string;
}

export interface StopPlaceInput {
  id: string;
  name: string;
  /** `[longitude, latitude]`; absent when the position is not verified. */
  lonLat?: [number, number];
}

export interface Stop {
  /** 1, 2, … in the order of the journey. */
  number: number;
  placeId: string;
  name: string;
  lonLat: [number, number];
  eventIds: string[];
}

export function buildStops(sortedEvents: StopEventInput[], places: StopPlaceInput[]): Stop[] {
  const placesById = new Map(places.map((place) => [place.id, place]));
  const stops: Stop[] = [];
  for (const event of sortedEvents) {
    if (event.kind !== 'viaggio' || !event.placeId) continue;
    const place = placesById.get(event.placeId);
    if (!place?.lonLat) continue;
    const last = stops[stops.length - 1];
    if (last?.placeId === place.id) last.eventIds.push(event.id);
    else
      stops.push({
        number: stops.length + 1,
        placeId: place.id,
        name: place.name,
        lonLat: place.lonLat,
        eventIds: [event.id],
      });
  }
  return stops;
}

/** Event id → number of the stop it happened at. */
export function stopNumbersByEvent(stops: Stop[]): Map<string, number> {
  return new Map(stops.flatMap((stop) => stop.eventIds.map((id) => [id, stop.number] as const)));
}
