import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('countWords(text)', () => {
  it('counts an elision such as dell’alleanza as one word, as ICU segments it', () => {
    expect(countWords('L’ombra dell’alleanza tra la Corea del Nord e la Russia')).toBe(10);
  });

  it('ignores punctuation and counts numbers as words', () => {
    expect(countWords('Il 12 settembre 2023, Kim: «arrivato».')).toBe(6);
  });
});

describe('readingMinutes(mdxSource, wordsPerMinute)', () => {
  it('rounds to whole minutes at 200 words a minute', () => {
    expect(readingMinutes('parola '.repeat(700))).toBe(4);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes('Breve.')).toBe(1);
  });

  it('does not count MDX tags, imports or heading marks as words', () => {
    const source = "import Actor from '../x.astro';\n\n## Titolo\n\n<Actor id=\"russia\">Russia</Actor> parla.";
    expect(readingMinutes(source, 3)).toBe(1);
    expect(readingMinutes(source, 1)).toBe(3);
  });
});
