import { describe, expect, it } from 'vitest';
import { missingCharacters, ogFontOptions } from '../../src/lib/og-font';

describe('missingCharacters(texts, hasGlyph)', () => {
  // A pretend font that draws only ASCII letters, the curly apostrophe and č.
  const asciiAndFew = (codePoint: number) =>
    (codePoint >= 0x41 && codePoint <= 0x7a) || codePoint === 0x2019 || codePoint === 0x10d;
  it('lists each character without a glyph once, in order of first appearance', () => {
    expect(missingCharacters(['Vostočnyj — l’arrivo', 'Šojgu — «Kinžal»'], asciiAndFew)).toEqual([
      '—',
      'Š',
      '«',
      'ž',
      '»',
    ]);
  });
  it('ignores whitespace, which needs no glyph', () => {
    expect(missingCharacters(['a b\u00a0c\td'], asciiAndFew)).toEqual([]);
  });
  it('reads characters outside the Basic Multilingual Plane whole, not as two halves', () => {
    expect(missingCharacters(['a😀'], asciiAndFew)).toEqual(['😀']);
  });
  it('finds nothing missing in empty input', () => {
    expect(missingCharacters([], () => false)).toEqual([]);
  });
});

describe('ogFontOptions(file)', () => {
  it('hands resvg the bundled file alone and never the system fonts', () => {
    expect(ogFontOptions('/x/DejaVuSans-Bold.ttf')).toEqual({
      fontFiles: ['/x/DejaVuSans-Bold.ttf'],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    });
  });
});
