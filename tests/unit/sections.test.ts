import { describe, expect, it } from 'vitest';
import { buildSections, truncateText } from '../../src/lib/sections';

const headings = [
  { depth: 2, slug: 'uno', text: 'Uno' },
  { depth: 3, slug: 'sotto', text: 'Sotto' },
  { depth: 2, slug: 'due', text: 'Due' },
];
const outlined = [
  { title: 'Uno', excerpt: 'Primo paragrafo.' },
  { title: 'Due', excerpt: 'Testo due.' },
];

describe('buildSections(headings, outlined, file)', () => {
  it('pairs each h2 with the plain text of its first paragraph', () => {
    expect(buildSections(headings, outlined, 'a.mdx')).toEqual([
      { id: 'uno', title: 'Uno', excerpt: 'Primo paragrafo.' },
      { id: 'due', title: 'Due', excerpt: 'Testo due.' },
    ]);
  });
  it('throws with the file when the rendered headings and the syntax tree disagree', () => {
    expect(() => buildSections(headings.slice(0, 1), outlined, 'a.mdx')).toThrow(
      /a\.mdx: 1 h2 headings rendered but 2/,
    );
  });
  it('throws naming the section when it has no paragraph to share', () => {
    expect(() => buildSections(headings, [outlined[0]!, { title: 'Due', excerpt: '' }], 'a.mdx')).toThrow(
      /a\.mdx › due: the section has no paragraph/,
    );
  });
});

describe('truncateText(text, max)', () => {
  it('leaves a short text alone', () => {
    expect(truncateText('breve', 10)).toBe('breve');
  });
  it('cuts at a word and adds an ellipsis within the limit', () => {
    const cut = truncateText('uno due tre quattro cinque', 15);
    expect(cut).toBe('uno due tre…');
    expect(cut.length).toBeLessThanOrEqual(15);
  });
  it('ends at a clause when one ends in the second half of the limit', () => {
    expect(truncateText('Colloqui per ore; nessun documento firmato', 30)).toBe('Colloqui per ore…');
    expect(truncateText('Uno; due tre quattro cinque sei', 30)).toBe('Uno; due tre quattro cinque…');
  });
  it('closes a quotation it cut', () => {
    expect(truncateText('Kim risponde: “Siamo venuti qui proprio per questo”', 40)).toBe(
      'Kim risponde: “Siamo venuti qui…”',
    );
    expect(truncateText('Parla di “prospettive” di cooperazione militare', 40)).toBe(
      'Parla di “prospettive” di cooperazione…',
    );
  });
});
