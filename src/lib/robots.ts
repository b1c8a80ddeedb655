/** The sitemap @astrojs/sitemap writes (an index of its sitemap-N.xml files), relative to the base. */
export const SITEMAP_FILE = 'sitemap-index.xml';

/** robots.txt allowing everything and naming the sitemap when there is one. */
export function buildRobots(sitemapUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}
