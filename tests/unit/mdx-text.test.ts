import { describe, expect, it } from 'vitest';
import { firstParagraph, stripMdx } from '../../src/lib/mdx-text';

describe('stripMdx(source)', () => {
  it('keeps the words inside a component and drops its tags', () => {
    expect(stripMdx('la <Actor id="cina">Cina</Actor> e il <Actor id="giappone">Giappone</Actor>')).toBe(
      'la Cina e il Giappone',
    );
  });

  it('drops import lines and heading marks', () => {
    expect(stripMdx("import X from './x';\n## Conclusione").trim()).toBe('Conclusione');
  });
});

describe('firstParagraph(source)', () => {
  it('returns the first prose block, skipping imports and lone components', () => {
    const source = "import Map from './m';\n\n<Map />\n\nPrima   riga\ncontinua.\n\nSecondo paragrafo.";
    expect(firstParagraph(source)).toBe('Prima riga continua.');
  });

  it('skips a leading heading', () => {
    expect(firstParagraph('## Titolo\n\nTesto.')).toBe('Testo.');
  });

  it('returns an empty string when there is no prose', () => {
    expect(firstParagraph('## Solo titolo')).toBe('');
  });
});
