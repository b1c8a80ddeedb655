import { describe, expect, it } from 'vitest';
import type { ActorCard } from '../../src/lib/actor-cards';
import { buildShareTargets, ENTRY_CHARS } from '../../src/lib/share-targets';
import type { EventView, TimelineModel } from '../../src/lib/timeline-view';

const sections = [{ id: 'conclusione', title: 'Conclusione', excerpt: 'Il rafforzamento dell’alleanza.' }];
const event = (id: string, title: string, text: string, dateLabel: string) =>
  ({ id, title, text, dateLabel }) as EventView;
const timeline = {
  spans: [],
  periods: [
    {
      id: 'prima',
      title: 'Prima',
      days: [
        {
          date: '2023-09-13',
          label: '',
          spanIds: [],
          events: [event('vertice', 'Il vertice', 'Colloqui.', '13 settembre 2023')],
        },
      ],
    },
    {
      id: 'dopo',
      title: 'Dopo',
      days: [
        {
          date: '2023-10-05',
          label: '',
          spanIds: [],
          events: [event('treni', 'Treni', 'x '.repeat(150), '5 ottobre 2023')],
        },
      ],
    },
  ],
} as unknown as TimelineModel;
const files = { article: 'content/article/a.mdx', events: 'content/visit.json', actors: 'content/actors.json' };
const cards = [
  { id: 'giappone', name: 'Giappone', campLabel: 'Stati Uniti, alleati e partner', role: 'Si riarma.' },
] as ActorCard[];

describe('buildShareTargets(inputs, file)', () => {
  it('lists sections, then events in timeline order, then actors, each under its fragment', () => {
    const targets = buildShareTargets({ articleTitle: 'L’ombra', files, sections, timeline, cards });
    expect(targets.map((target) => [target.kind, target.fragment, target.title])).toEqual([
      ['section', 'conclusione', 'Conclusione'],
      ['event', 'tappa-vertice', 'Il vertice'],
      ['event', 'tappa-treni', 'Treni'],
      ['actor', 'attore-giappone', 'Giappone'],
    ]);
  });

  it('describes an event by its date and text, an actor by its role, and names the kind above the image title', () => {
    const [section, vertice, , giappone] = buildShareTargets({
      articleTitle: 'L’ombra',
      files,
      sections,
      timeline,
      cards,
    });
    expect(section!.imageKicker).toBe('L’ombra');
    expect(vertice!.description).toBe('13 settembre 2023. Colloqui.');
    expect(vertice!.imageKicker).toBe('Cronologia · 13 settembre 2023');
    expect(giappone!.description).toBe('Si riarma.');
    expect(giappone!.imageKicker).toBe('Attori del Pacifico · Stati Uniti, alleati e partner');
  });

  it('cuts only an overlong entry, at a word, with an ellipsis', () => {
    const treni = buildShareTargets({ articleTitle: 'L’ombra', files, sections, timeline })[2]!;
    expect(treni.description.length).toBeLessThanOrEqual(ENTRY_CHARS);
    expect(treni.description).toMatch(/^5 ottobre 2023\. x x .* x…$/);
  });

  it('shares only what the article shows: no events without a timeline, no actors without a map', () => {
    expect(buildShareTargets({ articleTitle: 'L’ombra', files, sections }).map((target) => target.kind)).toEqual([
      'section',
    ]);
  });

  it('throws, naming both entries and the id, when two targets would have the same fragment', () => {
    const clash = [...sections, { id: 'tappa-vertice', title: 'Tappa vertice', excerpt: 'Testo.' }];
    expect(() => buildShareTargets({ articleTitle: 'L’ombra', files, sections: clash, timeline })).toThrow(
      'content/visit.json › vertice › id: its id on the page, "tappa-vertice", is also that of content/article/a.mdx › ## Tappa vertice;',
    );
  });
});
