import { describe, expect, it } from 'vitest';
import {
  findBrokenPermalinks,
  formatPermalink,
  listPublished,
  mergePermalinks,
  parsePermalink,
  type BuiltArticle,
} from '../../src/lib/permalinks';

describe('parsePermalink(path) and formatPermalink(link)', () => {
  it('reads a fragment and a share page, and writes them back the same', () => {
    expect(parsePermalink('/storia/#conclusione')).toEqual({
      slug: 'storia',
      fragment: 'conclusione',
      kind: 'fragment',
    });
    expect(parsePermalink('/storia/condividi/attore-cina/')).toEqual({
      slug: 'storia',
      fragment: 'attore-cina',
      kind: 'share-page',
    });
    for (const path of ['/storia/#perché-no', '/storia/condividi/tappa-1/'])
      expect(formatPermalink(parsePermalink(path)!)).toBe(path);
  });

  it('refuses anything else', () => {
    for (const path of [
      '/storia/',
      'storia/#x',
      '/storia/#',
      '/a/b/#x',
      '/storia/condividi/x',
      '/storia/condividi/x/y/',
    ])
      expect(parsePermalink(path), path).toBeNull();
  });
});

describe('listPublished(slug, page)', () => {
  it('lists the ids the page links to, the feed’s entries and the share pages, sorted, once each', () => {
    const page = {
      ids: ['testata', 'fine', 'attore-cina', 'aggiornamento-1', 'note'],
      linkedIds: ['fine', 'attore-cina', 'fine', 'sparito'],
      feedIds: ['aggiornamento-1'],
      sharePages: ['fine'],
    };
    expect(listPublished('storia', page)).toEqual([
      '/storia/#aggiornamento-1',
      '/storia/#attore-cina',
      '/storia/#fine',
      '/storia/condividi/fine/',
    ]);
  });
});

describe('mergePermalinks(listed, published)', () => {
  it('adds what is new and keeps what is no longer published', () => {
    expect(mergePermalinks(['/s/#b', '/s/#a'], ['/s/#c', '/s/#a'])).toEqual(['/s/#a', '/s/#b', '/s/#c']);
  });
});

describe('findBrokenPermalinks(listed, built)', () => {
  const built = new Map<string, BuiltArticle | undefined>([
    ['storia', { ids: ['conclusioni', 'attore-cina'], sharePages: ['conclusioni', 'attore-cina'] }],
    ['vecchia', undefined],
  ]);

  it('passes what still resolves', () => {
    expect(findBrokenPermalinks(['/storia/#attore-cina', '/storia/condividi/conclusioni/'], built)).toEqual([]);
  });

  it('names a lost fragment and the alias that would keep it landing', () => {
    const [problem, ...rest] = findBrokenPermalinks(['/storia/#conclusione'], built);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^content\/permalinks\.json › \/storia\/#conclusione: no element "conclusione" on the page/,
    );
    expect(problem).toContain('add "conclusione": "<its new id>" under "storia" in content/aliases.json');
  });

  it('names a lost share page with the same hint', () => {
    const [problem] = findBrokenPermalinks(['/storia/condividi/conclusione/'], built);
    expect(problem).toMatch(/› \/storia\/condividi\/conclusione\/: no share page any more/);
    expect(problem).toContain('"conclusione": "<its new id>" under "storia" in content/aliases.json');
  });

  it('names a page that is gone, and a line of neither shape', () => {
    expect(findBrokenPermalinks(['/vecchia/#a', '/altra/#b', 'conclusione'], built)).toEqual([
      'content/permalinks.json › /vecchia/#a: no page /vecchia/ any more (the article was renamed or removed)',
      'content/permalinks.json › /altra/#b: no page /altra/ any more (the article was renamed or removed)',
      'content/permalinks.json › conclusione: not a path /<article>/#<id> or /<article>/condividi/<id>/',
    ]);
  });
});
