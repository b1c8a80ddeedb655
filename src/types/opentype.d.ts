// The part of opentype.js (which ships no types) the build uses: reading a font's character map.
declare module 'opentype.js' {
  export interface Font {
    /** 0 when the font has no glyph for the character. */
    charToGlyphIndex(character: string): number;
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
