import { describe, expect, it } from 'vitest';
import {
  buildFeedItems,
  buildUpdateViews,
  findUpdateProblems,
  groupUpdatesByDay,
  latestUpdateDate,
  sortUpdates,
} from '../../src/lib/updates';

const older = { id: 'fonti', date: '2026-11-03', kind: 'aggiornamento' as const, text: 'Aggiunta una fonte.' };
const newer = {
  id: 'scheda-cina',
  date: '2026-12-01',
  kind: 'correzione' as const,
  text: 'Corretto il veto.',
  fragment: 'attore-cina',
};
const sameDay = { id: 'italiano', date: '2026-12-01', kind: 'correzione' as const, text: 'Corretta una frase.' };

describe('sortUpdates(updates) and latestUpdateDate(updates)', () => {
  it('puts the newest first and entries of one day in id order, whatever the input order', () => {
    expect(sortUpdates([older, newer, sameDay]).map((update) => update.id)).toEqual([
      'italiano',
      'scheda-cina',
      'fonti',
    ]);
    expect(sortUpdates([sameDay, older, newer]).map((update) => update.id)).toEqual([
      'italiano',
      'scheda-cina',
      'fonti',
    ]);
  });

  it('gives the newest date, or nothing for an empty log', () => {
    expect(latestUpdateDate([older, newer])).toBe('2026-12-01');
    expect(latestUpdateDate([])).toBeUndefined();
  });
});

describe('buildUpdateViews(updates)', () => {
  it('dates each entry in Italian, names its kind and gives it an element id', () => {
    const [first, second] = buildUpdateViews([older, newer]);
    expect(first).toMatchObject({
      anchorId: 'aggiornamento-scheda-cina',
      kindLabel: 'Correzione',
      fragment: 'attore-cina',
    });
    expect(second).toMatchObject({
      anchorId: 'aggiornamento-fonti',
      kindLabel: 'Aggiornamento',
    });
  });
});

describe('groupUpdatesByDay(updates)', () => {
  const dayOf = (date: string, id: string, kind: 'correzione' | 'aggiornamento' = 'correzione') => ({
    id,
    date,
    kind,
    text: 'Una modifica.',
  });

  it('gives each date one group, newest first, dated once in Italian', () => {
    const days = groupUpdatesByDay([older, newer, sameDay]);
    expect(days.map((day) => [day.date, day.dateLabel, day.entries.map((entry) => entry.id)])).toEqual([
      ['2026-12-01', '1 dicembre 2026', ['italiano', 'scheda-cina']],
      ['2026-11-03', '3 novembre 2026', ['fonti']],
    ]);
  });

  it('keeps a day in one group when its entries come apart in the input', () => {
    const days = groupUpdatesByDay([
      dayOf('2026-12-06', 'b'),
      dayOf('2026-10-05', 'c'),
      dayOf('2026-12-06', 'a', 'aggiornamento'),
      dayOf('2026-12-01', 'd'),
    ]);
    expect(days.map((day) => [day.dateLabel, day.entries.map((entry) => entry.id)])).toEqual([
      ['6 dicembre 2026', ['a', 'b']],
      ['1 dicembre 2026', ['d']],
      ['5 ottobre 2026', ['c']],
    ]);
  });

  it('keeps each entry whole, views included: its element id and the fragment it links to', () => {
    const [day] = groupUpdatesByDay(buildUpdateViews([newer]));
    expect(day!.entries).toEqual([
      {
        ...newer,
        anchorId: 'aggiornamento-scheda-cina',
        kindLabel: 'Correzione',
      },
    ]);
  });

  it('has no group for an empty log', () => {
    expect(groupUpdatesByDay([])).toEqual([]);
  });
});

describe('findUpdateProblems(updates, page)', () => {
  const page = { articleIds: ['alleanza'], articleId: 'alleanza', fragmentIds: ['attore-cina', 'conclusione'] };

  it('finds nothing wrong when every fragment names an element of the page', () => {
    expect(
      findUpdateProblems(
        [
          { ...newer, article: 'alleanza' },
          { ...older, article: 'alleanza' },
        ],
        page,
      ),
    ).toEqual([]);
  });

  it('names file, entry and field of a fragment the page does not have, and of an unknown article', () => {
    expect(
      findUpdateProblems(
        [
          { ...newer, fragment: 'attore-cine', article: 'alleanza' },
          { ...older, article: 'alleanze' },
        ],
        page,
      ),
    ).toEqual([
      'content/updates.json › scheda-cina › fragment: no element "attore-cine" on the page of alleanza',
      'content/updates.json › fonti › article: no article "alleanze" in content/article',
    ]);
  });

  it('leaves the fragments of another article to that article’s page', () => {
    const other = { ...newer, fragment: 'altrove', article: 'altro' };
    expect(findUpdateProblems([other], { ...page, articleIds: ['alleanza', 'altro'] })).toEqual([]);
  });
});

describe('buildFeedItems(updates)', () => {
  it('links each item to its entry on the article page, newest first, dated at midnight UTC', () => {
    const article = { articleTitle: 'L’ombra', articleUrl: 'https://s.test/sub/alleanza/' };
    const items = buildFeedItems([
      { ...older, ...article },
      { ...newer, ...article },
    ]);
    expect(items).toEqual([
      {
        title: 'Correzione: L’ombra',
        description: 'Corretto il veto.',
        link: 'https://s.test/sub/alleanza/#aggiornamento-scheda-cina',
        pubDate: new Date(Date.UTC(2026, 11, 1)),
      },
      {
        title: 'Aggiornamento: L’ombra',
        description: 'Aggiunta una fonte.',
        link: 'https://s.test/sub/alleanza/#aggiornamento-fonti',
        pubDate: new Date(Date.UTC(2026, 10, 3)),
      },
    ]);
  });
});
