import { describe, expect, it } from 'vitest';
import { assertValidContent, findContentProblems, type ContentToCheck } from '../../src/lib/validate-content';

function content(overrides: Partial<ContentToCheck> = {}): ContentToCheck {
  return {
    actors: [{ id: 'russia', data: { countryId: '643', sections: ['viaggio'], section: 'viaggio' } }],
    relations: [{ id: 'veto', data: { from: { id: 'russia' }, to: { id: 'russia' }, section: 'viaggio' } }],
    places: [{ id: 'chasan' }],
    events: [{ id: 'arrivo', data: { date: '2023-09-12', place: { id: 'chasan' }, actors: [{ id: 'russia' }] } }],
    spans: [
      { id: 'viaggio', data: { start: '2023-09-10', end: '2023-09-19' } },
      { id: 'visita-ufficiale', data: { start: '2023-09-12', end: '2023-09-17' } },
    ],
    sectionIds: ['viaggio'],
    countryIds: ['643'],
    mentionedActorIds: ['russia'],
    articleFile: 'content/article/a.mdx',
    ...overrides,
  };
}

describe('findContentProblems(content)', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(findContentProblems(content())).toEqual([]);
  });

  it('names file, entry and field of a country id missing from world-atlas', () => {
    expect(findContentProblems(content({ countryIds: ['156'] }))).toEqual([
      'content/actors.json › russia › countryId: no country "643" in world-atlas',
    ]);
  });

  it('names an unknown actor, place and section reference', () => {
    const problems = findContentProblems(
      content({
        relations: [{ id: 'veto', data: { from: { id: 'rusia' }, to: { id: 'russia' }, section: 'nessuna' } }],
        events: [{ id: 'arrivo', data: { date: '2023-09-12', place: { id: 'hasan' }, actors: [{ id: 'cina' }] } }],
      }),
    );
    expect(problems).toContain('content/relations.json › veto › from: no actor "rusia" in content/actors.json');
    expect(
      problems.some((problem) => problem.startsWith('content/relations.json › veto › section: no section "nessuna"')),
    ).toBe(true);
    expect(problems).toContain('content/visit.json › arrivo › place: no place "hasan" in content/places.json');
    expect(problems).toContain('content/visit.json › arrivo › actors[0]: no actor "cina" in content/actors.json');
  });

  it('names an actor and a relation whose text rests on neither sources nor a section', () => {
    const problems = findContentProblems(
      content({
        actors: [{ id: 'russia', data: { countryId: '643', sections: ['viaggio'] } }],
        relations: [{ id: 'veto', data: { from: { id: 'russia' }, to: { id: 'russia' }, sources: [] } }],
      }),
    );
    expect(problems).toEqual([
      'content/actors.json › russia › sources: needs its basis: sources, or the section of the article it paraphrases',
      'content/relations.json › veto › sources: needs its basis: sources, or the section of the article it paraphrases',
    ]);
  });

  it('accepts sources alone as a basis, and names the section an actor paraphrases when the article has none such', () => {
    const source = { outlet: 'ONU', url: 'https://press.un.org/en/2022/sc14911.doc.htm' };
    const problems = findContentProblems(
      content({
        actors: [{ id: 'russia', data: { countryId: '643', sections: ['viaggio'], section: 'epilogo' } }],
        relations: [{ id: 'veto', data: { from: { id: 'russia' }, to: { id: 'russia' }, sources: [source] } }],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/actors\.json › russia › section: no section "epilogo" in the article/);
  });

  it('names an end date that is not after the start', () => {
    const events = [{ id: 'x', data: { date: '2023-09-12', endDate: '2023-09-11', actors: [{ id: 'russia' }] } }];
    expect(findContentProblems(content({ events }))).toEqual([
      'content/visit.json › x › endDate: 2023-09-11 is not after date 2023-09-12',
    ]);
  });

  it('names events on the same date without distinct sequence numbers', () => {
    const events = [
      { id: 'a', data: { date: '2023-09-13', actors: [{ id: 'russia' }] } },
      { id: 'b', data: { date: '2023-09-13', actors: [{ id: 'russia' }] } },
      { id: 'c', data: { date: '2023-09-14', actors: [{ id: 'russia' }] } },
      { id: 'd', data: { date: '2023-09-15', sequence: 1, actors: [{ id: 'russia' }] } },
      { id: 'e', data: { date: '2023-09-15', sequence: 1, actors: [{ id: 'russia' }] } },
    ];
    expect(findContentProblems(content({ events }))).toEqual([
      'content/visit.json › a › sequence: events on 2023-09-13 need distinct sequence numbers (1, 2, …)',
      'content/visit.json › b › sequence: events on 2023-09-13 need distinct sequence numbers (1, 2, …)',
      'content/visit.json › e › sequence: events on 2023-09-15 need distinct sequence numbers (1, 2, …)',
    ]);
  });

  it('names the event without a sequence number when another on its date has one', () => {
    const events = [
      { id: 'a', data: { date: '2023-09-13', actors: [{ id: 'russia' }] } },
      { id: 'b', data: { date: '2023-09-13', sequence: 1, actors: [{ id: 'russia' }] } },
    ];
    expect(findContentProblems(content({ events }))).toEqual([
      'content/visit.json › a › sequence: events on 2023-09-13 need distinct sequence numbers (1, 2, …)',
    ]);
  });

  it('names a missing span the timeline needs, and a span that ends before it starts', () => {
    const spans = [{ id: 'viaggio', data: { start: '2023-09-19', end: '2023-09-10' } }];
    expect(findContentProblems(content({ spans }))).toEqual([
      'content/spans.json: no span "visita-ufficiale" (the timeline needs it)',
      'content/spans.json › viaggio › end: 2023-09-10 is before start 2023-09-19',
    ]);
  });

  it('names an actor mention in the article that has no actor', () => {
    expect(findContentProblems(content({ mentionedActorIds: ['marte'] }))).toEqual([
      'content/article/a.mdx › <Actor id="marte"> › id: no actor "marte" in content/actors.json',
    ]);
  });

  it('reports every data file that loaded no entries', () => {
    expect(findContentProblems(content({ places: [], relations: [], spans: [] }))).toEqual(
      expect.arrayContaining([
        'content/places.json: no entries were loaded (see the error above)',
        'content/relations.json: no entries were loaded (see the error above)',
        'content/spans.json: no entries were loaded (see the error above)',
      ]),
    );
  });
});

describe('assertValidContent(content)', () => {
  it('throws one error listing every problem', () => {
    expect(() => assertValidContent(content({ countryIds: [], mentionedActorIds: ['marte'] }))).toThrow(
      /Invalid content:\n- content\/actors.json › russia › countryId.*\n- content\/article\/a.mdx/,
    );
  });
});
