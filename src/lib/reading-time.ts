/** Words an adult reads in a minute of Italian non-fiction: a common newsroom figure. */
export const WORDS_PER_MINUTE = 200;

/** Counts words with the platform's Italian word segmenter (apostrophes and hyphens handled by ICU). */
export function countWords(text: string): number {
  const segmenter = new Intl.Segmenter('it', { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Whole minutes, at least one, to read `words` words (an article outline's word count). */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
