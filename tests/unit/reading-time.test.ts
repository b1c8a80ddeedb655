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

describe('readingMinutes(words, wordsPerMinute)', () => {
  it('rounds to whole minutes at 200 words a minute', () => {
    expect(readingMinutes(700)).toBe(4);
    expect(readingMinutes(699, 200)).toBe(3);
  });

  it('never says zero minutes', () => {
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(0)).toBe(1);
  });
});
