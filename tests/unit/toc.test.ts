import { describe, expect, it } from 'vitest';
import { buildToc, withFigureHeadings } from '../../src/lib/toc';

describe('buildToc(headings)', () => {
  it('keeps h2 headings in order, with their ids unchanged', () => {
    const toc = buildToc([
      { depth: 2, slug: 'primo', text: 'Primo' },
      { depth: 2, slug: 'secondo', text: 'Secondo' },
    ]);
    expect(toc).toEqual([
      { slug: 'primo', text: 'Primo', children: [] },
      { slug: 'secondo', text: 'Secondo', children: [] },
    ]);
  });

  it('nests an h3 under the preceding h2', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a-1', text: 'A.1' },
      { depth: 3, slug: 'a-2', text: 'A.2' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      {
        slug: 'a',
        text: 'A',
        children: [
          { slug: 'a-1', text: 'A.1', children: [] },
          { slug: 'a-2', text: 'A.2', children: [] },
        ],
      },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });

  it('leaves out the h1 and headings deeper than maxDepth', () => {
    const toc = buildToc([
      { depth: 1, slug: 'titolo', text: 'Titolo' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 4, slug: 'a-x', text: 'A.x' },
    ]);
    expect(toc).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });

  it('puts an h3 with no h2 before it at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'solo', text: 'Solo' }])).toEqual([
      { slug: 'solo', text: 'Solo', children: [] },
    ]);
  });

  it('returns an empty list for no headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});

describe('withFigureHeadings(headings, placed, figures)', () => {
  const headings = [
    { depth: 2, slug: 'prima', text: 'Prima' },
    { depth: 2, slug: 'seconda', text: 'Seconda' },
    { depth: 3, slug: 'dettaglio', text: 'Dettaglio' },
    { depth: 2, slug: 'terza', text: 'Terza' },
  ];
  // As the outline gives them: in page order, Mappa after the 2nd heading, Linea after the 3rd.
  const placed = [
    { tag: 'Mappa', headingsBefore: 2 },
    { tag: 'Linea', headingsBefore: 3 },
  ];
  const figures = [
    { tag: 'Linea', slug: 'linea-titolo', text: 'Linea' },
    { tag: 'Mappa', slug: 'mappa-titolo', text: 'Mappa' },
    { tag: 'Assente', slug: 'assente', text: 'Assente' },
  ];

  it('puts each figure after the heading it follows, one level deeper; one the page does not place is left out', () => {
    expect(withFigureHeadings(headings, placed, figures).map((heading) => `${heading.depth} ${heading.slug}`)).toEqual([
      '2 prima',
      '2 seconda',
      '3 mappa-titolo',
      '3 dettaglio',
      '4 linea-titolo',
      '2 terza',
    ]);
  });

  it('keeps two figures under one heading in the order they stand in, whatever the list says', () => {
    // The list names Linea first; the page has Mappa first.
    const both = [
      { tag: 'Mappa', headingsBefore: 1 },
      { tag: 'Linea', headingsBefore: 1 },
    ];
    const slugs = withFigureHeadings([{ depth: 2, slug: 'prima', text: 'Prima' }], both, figures).map(
      (heading) => heading.slug,
    );
    expect(slugs).toEqual(['prima', 'mappa-titolo', 'linea-titolo']);
  });

  it('leaves out a figure with no index entry', () => {
    const slugs = withFigureHeadings(headings.slice(0, 1), [{ tag: 'Altro', headingsBefore: 1 }], figures).map(
      (heading) => heading.slug,
    );
    expect(slugs).toEqual(['prima']);
  });

  it('nests the figures under their section in the index', () => {
    const toc = buildToc(withFigureHeadings(headings, placed, figures), 2, 3);
    expect(toc[1]!.children.map((child) => child.slug)).toEqual(['mappa-titolo', 'dettaglio']);
  });
});
