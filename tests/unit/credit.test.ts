import { describe, expect, it } from 'vitest';
import { buildCredit } from '../../src/lib/credit';

describe('buildCredit(source)', () => {
  it('gives no credit line when the frontmatter names nothing', () => {
    expect(buildCredit(undefined)).toBeNull();
    expect(buildCredit({})).toBeNull();
  });

  it('links the outlet to the original and names the author', () => {
    expect(
      buildCredit({
        outlet: 'Il Caffè Geopolitico',
        url: 'https://ilcaffegeopolitico.test/ombra',
        author: 'Maria Rossi',
      }),
    ).toEqual({
      outlet: { text: 'Il Caffè Geopolitico', href: 'https://ilcaffegeopolitico.test/ombra' },
      author: 'Maria Rossi',
    });
  });

  it('shows only what is given: the host for a bare address, no outlet for an author alone', () => {
    expect(buildCredit({ url: 'https://www.rivista.test/articolo' })).toEqual({
      outlet: { text: 'www.rivista.test', href: 'https://www.rivista.test/articolo' },
      author: null,
    });
    expect(buildCredit({ author: 'Maria Rossi' })).toEqual({ outlet: null, author: 'Maria Rossi' });
    expect(buildCredit({ outlet: 'Rivista' })).toEqual({ outlet: { text: 'Rivista' }, author: null });
  });
});
