import { describe, expect, it } from 'vitest';
import { aliasedSharePages, aliasesOf, findAliasProblems } from '../../src/lib/aliases';
import type { BuiltArticle } from '../../src/lib/permalinks';

describe('aliasesOf(aliases, target)', () => {
  it('gives every old id that lands on the target, and none for another', () => {
    const aliases = { finale: 'conclusioni', epilogo: 'conclusioni', 'attore-prc': 'attore-cina' };
    expect(aliasesOf(aliases, 'conclusioni')).toEqual(['finale', 'epilogo']);
    expect(aliasesOf(aliases, 'attore-cina')).toEqual(['attore-prc']);
    expect(aliasesOf(aliases, 'mappa')).toEqual([]);
  });
});

describe('aliasedSharePages(aliases, targets)', () => {
  const targets = [
    { fragment: 'conclusioni', title: 'Conclusioni' },
    { fragment: 'attore-cina', title: 'Cina' },
  ];

  it('gives an old id the share page of its target', () => {
    expect(aliasedSharePages({ conclusione: 'conclusioni' }, targets)).toEqual([
      { fragment: 'conclusione', target: targets[0] },
    ]);
  });

  it('gives none to an alias of an element without a share page, nor to an old id that is a target again', () => {
    expect(aliasedSharePages({ 'mappa-tappa-10': 'mappa-tappa-9', 'attore-cina': 'conclusioni' }, targets)).toEqual([]);
  });
});

describe('findAliasProblems(aliasesByArticle, built)', () => {
  const page = (ids: string[]): BuiltArticle => ({ ids, sharePages: [] });

  it('passes an alias whose old id sits once on the page beside its target', () => {
    const built = new Map([['storia', page(['conclusioni', 'conclusione'])]]);
    expect(findAliasProblems({ storia: { conclusione: 'conclusioni' } }, built)).toEqual([]);
  });

  it('names file, article and old id for each alias it cannot honour', () => {
    const built = new Map<string, BuiltArticle | undefined>([
      ['storia', page(['conclusioni', 'fine', 'fine', 'mappa'])],
      ['vecchia', undefined],
    ]);
    const aliases = {
      storia: { epilogo: 'finale', finale: 'conclusioni', refuso: 'conclusoni', fine: 'conclusioni', carta: 'mappa' },
      vecchia: { a: 'b' },
    };
    expect(findAliasProblems(aliases, built)).toEqual([
      'content/aliases.json › storia › epilogo: "finale" is itself an alias; point this one at "conclusioni"',
      'content/aliases.json › storia › finale: the element "conclusioni" does not carry alias anchors (<AliasAnchors>)',
      'content/aliases.json › storia › refuso: no element "conclusoni" on the page to land on',
      'content/aliases.json › storia › fine: the page has an element "fine" again; remove the alias',
      'content/aliases.json › storia › carta: the element "mappa" does not carry alias anchors (<AliasAnchors>)',
      'content/aliases.json › vecchia: no article "vecchia" in content/article',
    ]);
  });
});
