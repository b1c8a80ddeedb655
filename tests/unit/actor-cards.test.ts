import { describe, expect, it } from 'vitest';
import { buildActorCards } from '../../src/lib/actor-cards';

describe('buildActorCards(actors, relations, sectionTitles)', () => {
  const cards = buildActorCards(
    [
      { id: 'russia', name: 'Russia', camp: 'asse', capital: { name: 'Mosca' }, role: 'Ruolo della Russia.', sections: ['viaggio'] },
      { id: 'iran', name: 'Iran', camp: 'asse', capital: { name: 'Teheran' }, role: 'Ruolo dell’Iran.', sections: ['viaggio'] },
    ],
    [{ id: 'droni', from: 'iran', to: 'russia', kind: 'armi', label: 'Droni inviati alla Russia' }],
    new Map([['viaggio', 'Il viaggio di Kim Jong-un in Russia']]),
  );

  it('lists a relation under both actors, with the other actor named', () => {
    expect(cards[1]!.outgoing).toEqual([{ relationId: 'droni', other: { id: 'russia', name: 'Russia' }, label: 'Droni inviati alla Russia' }]);
    expect(cards[0]!.incoming).toEqual([{ relationId: 'droni', other: { id: 'iran', name: 'Iran' }, label: 'Droni inviati alla Russia' }]);
    expect(cards[0]!.outgoing).toEqual([]);
  });

  it('names the camp in Italian and the sections by their headings', () => {
    expect(cards[0]!.campLabel).toBe('Asse Mosca–Pyongyang');
    expect(cards[0]!.sections).toEqual([{ id: 'viaggio', title: 'Il viaggio di Kim Jong-un in Russia' }]);
  });
});
