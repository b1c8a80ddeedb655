import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLUG } from '../helpers/article';
import { ROOT } from '../helpers/build';
import { normalise, readHtml } from '../helpers/html';

const page = () => readHtml(join(ROOT, 'dist', SLUG, 'index.html'));
const content = (name: string) => JSON.parse(readFileSync(join(ROOT, 'content', `${name}.json`), 'utf8'));
const events: { id: string; kind: string; place?: string }[] = content('visit');
const places: { id: string; lonLat?: number[] }[] = content('places');
const actors: { id: string; sections: string[] }[] = content('actors');
const relations: { id: string }[] = content('relations');
/** The values of `attribute` on the map's elements matching `selector`, in document order. */
const mapAttributes = (selector: string, attribute: string) =>
  page()
    .querySelectorAll(`actor-map ${selector}`)
    .map((element) => element.getAttribute(attribute)!);

describe('the map and the timeline in dist/, from today’s content', () => {
  it('sends each journey event at a plotted place to the map stop of that place, and no other event to a stop', () => {
    const html = page();
    const plotted = new Set(places.filter((place) => place.lonLat).map((place) => place.id));
    for (const event of events) {
      const link = html.getElementById(`tappa-${event.id}`)!.querySelector('.stop-ref a');
      if (event.kind !== 'viaggio' || !event.place || !plotted.has(event.place)) {
        expect(link, event.id).toBeNull();
        continue;
      }
      const stop = html.getElementById(link!.getAttribute('href')!.slice(1));
      expect(stop?.getAttribute('data-place'), event.id).toBe(event.place);
    }
    // The fleet visit happened at sea, with no verified position: never a stop.
    expect(html.getElementById('tappa-flotta-del-pacifico')!.querySelector('.stop-ref')).toBeNull();
  });

  it('gives every actor a card that links to its sections by their headings', () => {
    const html = page();
    for (const actor of actors) {
      // The card's list of sections, not the basis lines under its role and relations.
      const links = html
        .querySelectorAll(`#attore-${actor.id} a[href^="#"]`)
        .filter((link) => !link.closest('.basis') && actor.sections.includes(link.getAttribute('href')!.slice(1)));
      expect(
        links.map((link) => link.getAttribute('href')!.slice(1)),
        actor.id,
      ).toEqual(actor.sections);
      for (const link of links) {
        expect(normalise(link.textContent), actor.id).toBe(
          normalise(html.getElementById(link.getAttribute('href')!.slice(1))!.textContent),
        );
      }
    }
  });

  it('numbers the journey’s stops in order: from the city, through the border twice, back to the station', () => {
    // The sources do not name the station Kim left from, only the one he came back to.
    expect(mapAttributes('a.stop', 'data-place')).toEqual([
      'pyongyang',
      'tumangang',
      'chasan',
      'vostochny',
      'komsomolsk',
      'knevichi',
      'oceanario',
      'tumangang',
      'stazione-pyongyang',
    ]);
    expect(mapAttributes('a.stop', 'id')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((number) => `mappa-tappa-${number}`));
  });

  it('fills the countries of the actors in the frame and points to the others from its edge', () => {
    // Ukraine and Iran are off the frame; so is the United States' land (Alaska too): no empty path.
    expect([...new Set(mapAttributes('svg .country', 'data-actor'))].sort()).toEqual([
      'cina',
      'corea-del-nord',
      'corea-del-sud',
      'giappone',
      'russia',
      'taiwan',
    ]);
    expect(
      page()
        .querySelectorAll('actor-map svg a.actor')
        .filter((link) => link.querySelector('.edge-arrow'))
        .map((link) => link.getAttribute('data-actor'))
        .sort(),
    ).toEqual(['iran', 'stati-uniti', 'ucraina']);
  });

  it('draws every relation of content/relations.json in the "Rapporti" diagram, once', () => {
    expect(mapAttributes('.diagram .rel', 'data-relation').sort()).toEqual(
      relations.map((relation) => relation.id).sort(),
    );
  });
});
