/**
 * The share images' font: DejaVu Sans Bold from the `dejavu-fonts-ttf` package, handed to resvg as
 * the only font, so every machine draws the same PNG whatever fonts it has (or has none).
 */
export const OG_FONT_FAMILY = 'DejaVu Sans';
/** The file inside the package: the images set all their text in bold. */
export const OG_FONT_MODULE = 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf';

/** resvg's font options for the share images: the bundled file only, never the system's fonts. */
export function ogFontOptions(fontFile: string) {
  return {
    fontFiles: [fontFile],
    loadSystemFonts: false,
    defaultFontFamily: OG_FONT_FAMILY,
    sansSerifFamily: OG_FONT_FAMILY,
  };
}

/**
 * The characters of `texts` the font has no glyph for, each once, in order of first appearance.
 * Whitespace is left out: it is spacing, not a glyph. `hasGlyph` tells whether the font maps a code point.
 */
export function missingCharacters(texts: readonly string[], hasGlyph: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const character of text) {
      if (/\s/u.test(character) || missing.has(character)) continue;
      if (!hasGlyph(character.codePointAt(0)!)) missing.add(character);
    }
  }
  return [...missing];
}
