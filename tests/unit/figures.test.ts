import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildFigures } from '../../src/lib/figures';

const require = createRequire(import.meta.url);
const content = (name: string) => JSON.parse(readFileSync(new URL(`../../content/${name}.json`, import.meta.url), 'utf8'));

const figures = buildFigures({
  countries: JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')),
  actors: content('actors').map((actor: { offMap?: boolean }) => ({ ...actor, offMap: Boolean(actor.offMap) })),
  relations: content('relations'),
  places: content('places'),
  events: content('visit').map((event: { place?: string; actors: string[] }) => ({ ...event, placeId: event.place, actorIds: event.actors })),
  spans: content('spans'),
  sections: [
    { slug: 'la-corea-del-nord-dallinizio-della-guerra-in-ucraina', text: 'La Corea del Nord dall’inizio della guerra in Ucraina' },
    { slug: 'il-viaggio-di-kim-jong-un-in-russia', text: 'Il viaggio di Kim Jong-un in Russia' },
    { slug: 'cosa-aspettarsi-dal-viaggio-in-russia', text: 'Cosa aspettarsi dal viaggio in Russia?' },
    { slug: 'conclusione', text: 'Conclusione' },
  ],
});

describe('buildFigures(inputs)', () => {
  it('numbers the same stops on the map and in the timeline', () => {
    const events = figures.timeline.periods.flatMap((period) => period.days.flatMap((day) => day.events));
    for (const stop of figures.map.map.stops) {
      for (const id of stop.eventIds) expect(events.find((event) => event.id === id)?.stopNumber, id).toBe(stop.number);
    }
    expect(events.find((event) => event.id === 'flotta-del-pacifico')?.stopNumber).toBeNull();
  });

  it('gives every actor a card that names its sections by their headings', () => {
    expect(figures.map.cards.map((card) => card.id).sort()).toEqual(content('actors').map((actor: { id: string }) => actor.id).sort());
    expect(figures.map.cards.find((card) => card.id === 'taiwan')?.sections).toEqual([
      { id: 'cosa-aspettarsi-dal-viaggio-in-russia', title: 'Cosa aspettarsi dal viaggio in Russia?' },
    ]);
  });
});
