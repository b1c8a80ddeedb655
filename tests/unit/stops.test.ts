import { describe, expect, it } from 'vitest';
import { buildStops, stopNumbersByEvent } from '../../src/lib/stops';

const PLACES = [
  { id: 'pyongyang', name: 'Stazione di Pyongyang', lonLat: [125.736, 39.005] as [number, number] },
  { id: 'chasan', name: 'Stazione di Chasan', lonLat: [130.645, 42.428] as [number, number] },
  { id: 'vostochny', name: 'Cosmodromo Vostočnyj', lonLat: [128.334, 51.884] as [number, number] },
  { id: 'fregata', name: 'Fregata' },
];

const journey = (id: string, placeId?: string) => ({ id, date: '2023-09-12', kind: 'viaggio', placeId });

describe('buildStops(sortedEvents, places)', () => {
  it('numbers the verified places of the journey in order', () => {
    const stops = buildStops(
      [journey('partenza', 'pyongyang'), journey('arrivo', 'chasan'), journey('cosmodromo', 'vostochny')],
      PLACES,
    );
    expect(stops.map((stop) => [stop.number, stop.placeId, stop.eventIds])).toEqual([
      [1, 'pyongyang', ['partenza']],
      [2, 'chasan', ['arrivo']],
      [3, 'vostochny', ['cosmodromo']],
    ]);
  });

  it('joins consecutive events at one place into one stop', () => {
    const stops = buildStops([journey('arrivo', 'vostochny'), journey('vertice', 'vostochny')], PLACES);
    expect(stops).toEqual([
      {
        number: 1,
        placeId: 'vostochny',
        name: 'Cosmodromo Vostočnyj',
        lonLat: [128.334, 51.884],
        eventIds: ['arrivo', 'vertice'],
      },
    ]);
  });

  it('makes a place visited again later a new stop', () => {
    const stops = buildStops(
      [journey('partenza', 'pyongyang'), journey('arrivo', 'chasan'), journey('ritorno', 'pyongyang')],
      PLACES,
    );
    expect(stops.map((stop) => `${stop.number}:${stop.placeId}`)).toEqual(['1:pyongyang', '2:chasan', '3:pyongyang']);
  });

  it('skips unverified places, events without a place and context events', () => {
    const stops = buildStops(
      [
        journey('bordo', 'fregata'),
        journey('annuncio'),
        { id: 'veto', date: '2022-05-26', kind: 'contesto', placeId: 'chasan' },
        journey('arrivo', 'chasan'),
      ],
      PLACES,
    );
    expect(stops.map((stop) => stop.eventIds)).toEqual([['arrivo']]);
  });
});

describe('stopNumbersByEvent(stops)', () => {
  it('maps every event of a stop to its number', () => {
    const stops = buildStops([journey('a', 'pyongyang'), journey('b', 'chasan'), journey('c', 'chasan')], PLACES);
    expect([...stopNumbersByEvent(stops)]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
    ]);
  });
});
