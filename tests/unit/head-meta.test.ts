import { describe, expect, it } from 'vitest';
import { buildArticleJsonLd, buildMetaTags, serialiseJsonLd } from '../../src/lib/head-meta';

const base = { title: 'Titolo', description: 'Una descrizione.', type: 'article' as const };
const content = (tags: ReturnType<typeof buildMetaTags>, name: string) => tags.find(([, key]) => key === name)?.[2];

describe('buildMetaTags(input)', () => {
  it('writes Italian Open Graph basics and a plain summary card without SITE', () => {
    const tags = buildMetaTags(base);
    expect(content(tags, 'og:locale')).toBe('it_IT');
    expect(content(tags, 'og:type')).toBe('article');
    expect(content(tags, 'og:url')).toBeUndefined();
    expect(content(tags, 'og:image')).toBeUndefined();
    expect(content(tags, 'twitter:card')).toBe('summary');
  });

  it('adds og:url, the image with its size and alt, and a large card when URLs are absolute', () => {
    const tags = buildMetaTags({
      ...base,
      url: 'https://s.test/a/',
      imageUrl: 'https://s.test/og/a.png',
      imageAlt: 'Mappa',
    });
    expect(content(tags, 'og:url')).toBe('https://s.test/a/');
    expect(content(tags, 'og:image')).toBe('https://s.test/og/a.png');
    expect(content(tags, 'og:image:width')).toBe('1200');
    expect(content(tags, 'og:image:height')).toBe('630');
    expect(content(tags, 'og:image:alt')).toBe('Mappa');
    expect(content(tags, 'twitter:card')).toBe('summary_large_image');
    expect(content(tags, 'twitter:image:alt')).toBe('Mappa');
    // X falls back to the Open Graph title, description and image.
    expect(content(tags, 'twitter:image')).toBeUndefined();
    expect(content(tags, 'twitter:title')).toBeUndefined();
  });
});

describe('buildArticleJsonLd(input)', () => {
  it('is a schema.org Article in Italian with no author or date', () => {
    const data = buildArticleJsonLd({ headline: 'H', description: 'D' });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'H',
      description: 'D',
      inLanguage: 'it',
    });
  });
  it('adds url and image only when they are absolute URLs', () => {
    const data = buildArticleJsonLd({
      headline: 'H',
      description: 'D',
      url: 'https://s.test/a/',
      imageUrl: 'https://s.test/og/a.png',
    });
    expect(data.url).toBe('https://s.test/a/');
    expect(data.image).toBe('https://s.test/og/a.png');
  });
  it('gives dateModified from the updates log and an author only when they are known, never a publication date', () => {
    const data = buildArticleJsonLd({
      headline: 'H',
      description: 'D',
      dateModified: '2026-12-01',
      author: 'Maria Rossi',
    });
    expect(data.dateModified).toBe('2026-12-01');
    expect(data.author).toEqual({ '@type': 'Person', name: 'Maria Rossi' });
    expect(data).not.toHaveProperty('datePublished');
  });
});

describe('serialiseJsonLd(data)', () => {
  it('escapes < so a value cannot close the script element', () => {
    const json = serialiseJsonLd({ headline: '</script><b>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('</script><b>');
  });
});
