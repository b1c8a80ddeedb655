import { describe, expect, it } from 'vitest';
import { buildActorCards } from '../../src/lib/actor-cards';

describe('buildActorCards(actors, relations, sectionTitles)', () => {
  const un = { outlet: 'ONU', url: 'https://press.un.org/en/2022/sc14911.doc.htm' };
  const cards = buildActorCards(
    [
      {
        id: 'russia',
        name: 'Russia',
        camp: 'asse',
        capital: { name: 'Mosca' },
        role: 'Ruolo della Russia.',
        sections: ['viaggio'],
        section: 'viaggio',
      },
      {
        id: 'iran',
        name: 'Iran',
        camp: 'asse',
        capital: { name: 'Teheran' },
        role: 'Ruolo dell’Iran.',
        sections: ['viaggio'],
        sources: [un],
      },
    ],
    [
      {
        id: 'droni',
        from: 'iran',
        to: 'russia',
        kind: 'armi',
        label: 'Droni inviati alla Russia',
        section: 'viaggio',
        sources: [un],
      },
    ],
    new Map([['viaggio', 'Il viaggio di Kim Jong-un in Russia']]),
  );
  const viaggio = { id: 'viaggio', title: 'Il viaggio di Kim Jong-un in Russia' };

  it('lists a relation under both actors, with the other actor named and its basis', () => {
    const basis = { section: viaggio, sources: [un] };
    expect(cards[1]!.outgoing).toEqual([
      { relationId: 'droni', other: { id: 'russia', name: 'Russia' }, label: 'Droni inviati alla Russia', basis },
    ]);
    expect(cards[0]!.incoming).toEqual([
      { relationId: 'droni', other: { id: 'iran', name: 'Iran' }, label: 'Droni inviati alla Russia', basis },
    ]);
    expect(cards[0]!.outgoing).toEqual([]);
  });

  it('names the section a role paraphrases by its heading, and gives its sources, or none', () => {
    expect(cards[0]!.basis).toEqual({ section: viaggio, sources: [] });
    expect(cards[1]!.basis).toEqual({ section: null, sources: [un] });
  });

  it('names the camp in Italian and the sections by their headings', () => {
    expect(cards[0]!.campLabel).toBe('Asse Mosca–Pyongyang');
    expect(cards[0]!.sections).toEqual([viaggio]);
  });
});
