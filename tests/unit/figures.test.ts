import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildFigures, figureInputs, type FigureContent } from '../../src/lib/figures';
import { eventsOf } from '../../src/lib/timeline';

const require = createRequire(import.meta.url);
const countries = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
const ref = (id: string) => ({ id, collection: 'any' });
const source = [{ outlet: 'Agenzia', url: 'https://example.org/a' }];

/** Collection entries as Astro loads them: `{ data }`, references as `{ id }`. */
const content: FigureContent = {
  actors: [
    {
      data: {
        id: 'russia',
        name: 'Russia',
        countryId: '643',
        camp: 'asse',
        offMap: false,
        capital: { name: 'Mosca', lonLat: [37.62, 55.75] },
        role: 'Ospita il vertice.',
        sections: ['viaggio'],
      },
    },
    {
      data: {
        id: 'corea-del-nord',
        name: 'Corea del Nord',
        countryId: '408',
        camp: 'asse',
        offMap: false,
        capital: { name: 'Pyongyang', lonLat: [125.75, 39.03] },
        role: 'In visita.',
        sections: ['viaggio', 'fine'],
      },
    },
  ],
  relations: [
    { data: { id: 'armi', from: ref('corea-del-nord'), to: ref('russia'), kind: 'armi', label: 'munizioni' } },
  ],
  places: [
    { data: { id: 'chasan', name: 'Chasan', lonLat: [130.78, 42.43] } },
    { data: { id: 'vostochny', name: 'Vostočnyj', lonLat: [128.33, 51.88] } },
    { data: { id: 'nave', name: 'A bordo' } },
  ],
  events: [
    {
      data: {
        id: 'vertice',
        date: '2023-09-13',
        kind: 'viaggio',
        place: ref('vostochny'),
        actors: [ref('russia'), ref('corea-del-nord')],
        title: 'Vertice',
        text: 'Kim e Putin si incontrano.',
        sources: source,
      },
    },
    {
      data: {
        id: 'confine',
        date: '2023-09-12',
        kind: 'viaggio',
        place: ref('chasan'),
        actors: [ref('corea-del-nord')],
        title: 'Confine',
        text: 'Il treno passa il confine.',
        sources: source,
      },
    },
    {
      data: {
        id: 'a-bordo',
        date: '2023-09-16',
        kind: 'viaggio',
        place: ref('nave'),
        actors: [ref('russia')],
        title: 'A bordo',
        text: 'Visita a una nave della flotta.',
        sources: source,
      },
    },
  ],
  spans: [
    { data: { id: 'viaggio', label: 'Viaggio', start: '2023-09-12', end: '2023-09-17', sources: source } },
    { data: { id: 'visita-ufficiale', label: 'Visita', start: '2023-09-13', end: '2023-09-17', sources: source } },
  ],
};
const sections = [
  { slug: 'viaggio', text: 'Il viaggio' },
  { slug: 'fine', text: 'Conclusione' },
];
const figures = buildFigures(figureInputs(content, { countries }, sections));

describe('figureInputs(content, { countries }, sections)', () => {
  it('resolves references to ids: a relation’s ends, an event’s place and actors', () => {
    const inputs = figureInputs(content, { countries }, sections);
    expect(inputs.relations[0]).toMatchObject({ from: 'corea-del-nord', to: 'russia' });
    expect(inputs.events[0]).toMatchObject({
      id: 'vertice',
      placeId: 'vostochny',
      actorIds: ['russia', 'corea-del-nord'],
    });
    expect(inputs.events[0]).not.toHaveProperty('place');
  });
});

describe('buildFigures(inputs)', () => {
  it('numbers the same stops on the map and in the timeline, in the order of the journey', () => {
    expect(figures.map.stops.map((stop) => [stop.number, stop.placeId])).toEqual([
      [1, 'chasan'],
      [2, 'vostochny'],
    ]);
    const stopNumbers = Object.fromEntries(
      eventsOf(figures.timeline.periods).map((event) => [event.id, event.stopNumber]),
    );
    expect(stopNumbers).toEqual({ confine: 1, vertice: 2, 'a-bordo': null });
  });

  it('gives every actor a card that names its sections by their headings', () => {
    expect(figures.cards.map((card) => card.id).sort()).toEqual(['corea-del-nord', 'russia']);
    expect(figures.cards.find((card) => card.id === 'corea-del-nord')?.sections).toEqual([
      { id: 'viaggio', title: 'Il viaggio' },
      { id: 'fine', title: 'Conclusione' },
    ]);
  });
});
