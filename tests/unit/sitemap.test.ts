import { describe, expect, it } from 'vitest';
import { buildRobots, buildSitemap } from '../../src/lib/sitemap';

describe('buildSitemap(urls)', () => {
  it('lists each URL in a loc of the sitemap namespace', () => {
    const xml = buildSitemap(['https://s.test/', 'https://s.test/a/?x=1&y=2']);
    expect(xml).toContain('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml).toContain('<loc>https://s.test/</loc>');
    expect(xml).toContain('<loc>https://s.test/a/?x=1&amp;y=2</loc>');
  });
});

describe('buildRobots(sitemapUrl)', () => {
  it('allows everything and names the sitemap', () => {
    expect(buildRobots('https://s.test/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://s.test/sitemap.xml\n');
  });
  it('names no sitemap when there is none', () => {
    expect(buildRobots(undefined)).not.toContain('Sitemap');
  });
});
