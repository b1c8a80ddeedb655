import { describe, expect, it } from 'vitest';
import { buildOgSvg, ogImageTexts, wrapLines } from '../../src/lib/og-image';

describe('wrapLines(text, max, maxLines)', () => {
  it('breaks between words within the width', () => {
    expect(wrapLines('Cosa aspettarsi dal viaggio in Russia?', 20, 4)).toEqual([
      'Cosa aspettarsi dal',
      'viaggio in Russia?',
    ]);
  });
  it('keeps at most maxLines and marks the cut', () => {
    expect(wrapLines('a b c d e f', 3, 2)).toEqual(['a b', 'c d…']);
  });
});

describe('buildOgSvg(input)', () => {
  const svg = buildOgSvg({
    kicker: 'SPIEGAZIONI',
    title: 'Russia & Corea',
    countries: [
      { id: '408', d: 'M0,0L1,1Z' },
      { id: '156', d: 'M2,2L3,3Z' },
    ],
    highlightIds: ['408'],
  });
  it('is a 1200×630 SVG', () => {
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
  });
  it('draws every country and highlights the listed ones', () => {
    expect(svg).toContain('<path d="M0,0L1,1Z" fill="#ff5d76"/>');
    expect(svg).toContain('<path d="M2,2L3,3Z" fill="#62798a"/>');
  });
  it('writes the title escaped', () => {
    expect(svg).toContain('Russia &amp; Corea');
  });
});

describe('ogImageTexts(input)', () => {
  it('gives the kicker and the title as the image wraps it', () => {
    expect(
      ogImageTexts({ kicker: 'CRONOLOGIA · 13 SETTEMBRE', title: 'Putin accoglie Kim al cosmodromo Vostočnyj' }),
    ).toEqual(['CRONOLOGIA · 13 SETTEMBRE', 'Putin accoglie Kim al', 'cosmodromo Vostočnyj']);
  });
});
