import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import opentype from 'opentype.js';
import { ROOT } from '../helpers/build';
import { htmlFiles, readHtml } from '../helpers/html';
import { SLUG } from '../helpers/article';
import { OG_FONT_MODULE, missingCharacters } from '../../src/lib/og-font';

const DIST = join(ROOT, 'dist');
const fontBytes = readFileSync(createRequire(import.meta.url).resolve(OG_FONT_MODULE));
const font = opentype.parse(fontBytes.buffer.slice(fontBytes.byteOffset, fontBytes.byteOffset + fontBytes.byteLength));
const hasGlyph = (codePoint: number) => font.charToGlyphIndex(String.fromCodePoint(codePoint)) !== 0;

describe('the share images’ font', () => {
  it('draws every character of every share image’s text built from today’s content', () => {
    // Each image's title is the <h1> of its share page (the home page's tagline and the article's
    // title for theirs); the kickers are made of the site's name, the article's title, the event
    // dates and the actors' camps, which all stand on the article page. Their text is a superset of
    // what the images draw.
    const sharePages = htmlFiles(join(DIST, SLUG, 'condividi'));
    expect(sharePages.length).toBeGreaterThan(30);
    const texts = [...sharePages, join(DIST, 'index.html'), join(DIST, SLUG, 'index.html')].map((file) => {
      const html = readHtml(file);
      return `${html.querySelector('title')!.textContent} ${html.querySelector('body')!.textContent}`;
    });
    const characters = new Set(texts.join('')).size;
    expect(characters).toBeGreaterThan(60);
    // The characters the titles are known to use: accents, transliterations, curly quotes, dashes.
    for (const character of ['à', 'è', 'č', 'ž', 'Š', '’', '“', '”', '–', '·', '…'])
      expect(texts.join(''), character).toContain(character);
    expect(missingCharacters(texts, hasGlyph)).toEqual([]);
  });

  it('lacks a glyph the check would report (it reads the real character map)', () => {
    expect(missingCharacters(['Kim 김정은'], hasGlyph)).toEqual(['김', '정', '은']);
  });
});
