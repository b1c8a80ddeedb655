import { describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';

// Astro's Markdown pipeline (Sätteri) gives headings their ids with github-slugger; shared links to
// sections depend on these exact ids, so the library's behaviour on our Italian headings is pinned here.
describe('github-slugger on Italian headings', () => {
  it('drops typographic apostrophes without splitting the word', () => {
    expect(new GithubSlugger().slug('La Corea del Nord dall’inizio della guerra in Ucraina')).toBe(
      'la-corea-del-nord-dallinizio-della-guerra-in-ucraina',
    );
  });

  it('drops a question mark and keeps hyphens of names', () => {
    const slugger = new GithubSlugger();
    expect(slugger.slug('Cosa aspettarsi dal viaggio in Russia?')).toBe('cosa-aspettarsi-dal-viaggio-in-russia');
    expect(slugger.slug('Il viaggio di Kim Jong-un in Russia')).toBe('il-viaggio-di-kim-jong-un-in-russia');
  });

  it('keeps accented letters', () => {
    expect(new GithubSlugger().slug('Perché è così')).toBe('perché-è-così');
  });

  it('makes a repeated heading unique', () => {
    const slugger = new GithubSlugger();
    slugger.slug('Conclusione');
    expect(slugger.slug('Conclusione')).toBe('conclusione-1');
  });
});
