import { describe, expect, it } from 'vitest';
import { buildSections, splitAtSections, truncateText } from '../../src/lib/sections';

const body = ['Lead.', '## Uno', '', 'Primo <Actor id="x">paragrafo</Actor>.', '', 'Secondo.', '', '## Due', '', '<ActorMap />', '', 'Testo due.'].join('\n');
const headings = [
  { depth: 2, slug: 'uno', text: 'Uno' },
  { depth: 3, slug: 'sotto', text: 'Sotto' },
  { depth: 2, slug: 'due', text: 'Due' },
];

describe('splitAtSections(body)', () => {
  it('drops the lead and returns the text under each ## line', () => {
    expect(splitAtSections(body)).toHaveLength(2);
  });
});

describe('buildSections(headings, body, file)', () => {
  it('pairs each h2 with the plain text of its first paragraph', () => {
    expect(buildSections(headings, body, 'a.mdx')).toEqual([
      { id: 'uno', title: 'Uno', excerpt: 'Primo paragrafo.' },
      { id: 'due', title: 'Due', excerpt: 'Testo due.' },
    ]);
  });
  it('throws with the file when headings and source disagree', () => {
    expect(() => buildSections(headings.slice(0, 1), body, 'a.mdx')).toThrow(/a\.mdx: 1 h2 headings rendered but 2/);
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
});
