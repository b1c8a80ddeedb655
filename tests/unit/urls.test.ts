import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  normaliseBase,
  ogImagePath,
  sharePageHref,
  sharePagePath,
  isSharePageUrl,
  sitePath,
  svgDataUrl,
  parseSiteOrigin,
} from '../../src/lib/urls';

describe('normaliseBase(base)', () => {
  it('gives the root as a single slash', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });
  it('adds the slashes a sub-path lacks', () => {
    expect(normaliseBase('spiegazioni/corea-russia')).toBe('/spiegazioni/corea-russia/');
    expect(normaliseBase('/spiegazioni/corea-russia/')).toBe('/spiegazioni/corea-russia/');
  });
});

describe('sitePath(base, path)', () => {
  it('joins base and path with one slash', () => {
    expect(sitePath('/sub/', '/og/a.png')).toBe('/sub/og/a.png');
    expect(sitePath('/', '')).toBe('/');
  });
});

describe('absoluteUrl(site, base, path)', () => {
  it('is undefined without SITE, so no domain is made up', () => {
    expect(absoluteUrl(undefined, '/', 'a/')).toBeUndefined();
    expect(absoluteUrl('', '/', 'a/')).toBeUndefined();
  });
  it('puts the base path under the origin, keeping a fragment', () => {
    expect(absoluteUrl('https://spiegazioni.test', '/sub', 'a/#b')).toBe('https://spiegazioni.test/sub/a/#b');
    expect(absoluteUrl(new URL('https://spiegazioni.test/'), '/', '')).toBe('https://spiegazioni.test/');
  });
});

describe('page paths', () => {
  it('end in a slash, so no host has to redirect', () => {
    expect(articlePath('x')).toBe('x/');
    expect(sharePagePath('x', 'conclusione')).toBe('x/condividi/conclusione/');
  });
  it('name one image for the home, each article and each shared fragment', () => {
    expect(ogImagePath()).toBe('og/index.png');
    expect(ogImagePath('x')).toBe('og/x.png');
    expect(ogImagePath('x', 'conclusione')).toBe('og/x/conclusione.png');
  });
  it('give a share page from the server root under the base, and none outside an article route', () => {
    expect(sharePageHref('/sub/', 'x', 'tappa-y')).toBe('/sub/x/condividi/tappa-y/');
    expect(sharePageHref('/', undefined, 'tappa-y')).toBeUndefined();
  });
});

describe('isSharePageUrl(url)', () => {
  it('tells a share page from the article and the home, under any base', () => {
    expect(isSharePageUrl('https://s.test/sub/articolo/condividi/conclusione/')).toBe(true);
    expect(isSharePageUrl('https://s.test/articolo/condividi/tappa-vertice/')).toBe(true);
    expect(isSharePageUrl('https://s.test/sub/articolo/')).toBe(false);
    expect(isSharePageUrl('https://s.test/condividi/')).toBe(false);
  });
});

describe('svgDataUrl(svg)', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\n  <rect width="32" height="32" fill="#a3122a"/>\n</svg>\n';

  it('escapes what a URL cannot hold and decodes back to the same drawing', () => {
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    // No space either: the HTML standard does not allow in a URL (the Nu HTML Checker reports it).
    expect(url).not.toMatch(/[#<>"\n ]/);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(
      "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'> <rect width='32' height='32' fill='#a3122a'/> </svg>",
    );
  });
});

describe('parseSiteOrigin(value)', () => {
  it('keeps an origin, with or without its trailing slash, and nothing when unset', () => {
    expect(parseSiteOrigin('https://example.org')).toBe('https://example.org');
    expect(parseSiteOrigin('https://example.org/')).toBe('https://example.org');
    expect(parseSiteOrigin('')).toBeUndefined();
    expect(parseSiteOrigin(undefined)).toBeUndefined();
  });

  it('refuses a path, a relative value and another scheme, saying what to do', () => {
    expect(() => parseSiteOrigin('https://example.org/sub')).toThrow(
      'SITE must be an origin without a path ("https://example.org/sub"): put the sub-path in BASE',
    );
    expect(() => parseSiteOrigin('example.org')).toThrow(
      'SITE must be an absolute origin such as https://example.org, not "example.org"',
    );
    expect(() => parseSiteOrigin('ftp://example.org')).toThrow('SITE must be an http(s) origin');
  });
});
