import { describe, expect, it } from 'vitest';
import { buildRobots } from '../../src/lib/robots';

describe('buildRobots(sitemapUrl)', () => {
  it('allows everything and names the sitemap', () => {
    expect(buildRobots('https://s.test/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://s.test/sitemap-index.xml\n',
    );
  });
  it('names no sitemap when there is none', () => {
    expect(buildRobots(undefined)).not.toContain('Sitemap');
  });
});
