import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import { buildSitemap } from '../lib/sitemap';
import { buildFeedItems } from '../lib/updates';
import { label } from '../lib/labels';
import { FEED_PATH, absoluteUrl, articlePath } from '../lib/urls';

const SITEMAP = 'sitemap';
const FEED = FEED_PATH.replace(/\.xml$/, '');

// A dynamic route so that, without SITE, neither the sitemap nor the feed is emitted: both need absolute URLs.
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { file: SITEMAP } }, { params: { file: FEED } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const base = import.meta.env.BASE_URL;
  const articles = await getCollection('article');
  const url = (path: string) => absoluteUrl(site, base, path)!;
  if (params.file === FEED) {
    // RSS 2.0 of the editors' updates and corrections; every link is absolute under BASE.
    const titles = new Map(articles.map((entry) => [entry.id, entry.data.title]));
    const updates = (await getCollection('updates')).map(({ data }) => ({
      ...data,
      articleTitle: titles.get(data.article.id) ?? data.article.id,
      articleUrl: url(articlePath(data.article.id)),
    }));
    return rss({
      title: `${label('updates.title')} · ${label('site.name')}`,
      description: label('updates.intro'),
      site: url(''),
      items: buildFeedItems(updates),
      xmlns: { atom: 'http://www.w3.org/2005/Atom' },
      customData: `<language>it</language><atom:link href="${url(FEED_PATH)}" rel="self" type="application/rss+xml"/>`,
    });
  }
  /** The home and every article; share pages are left out, since their canonical is the article. */
  const paths = ['', ...articles.map((entry) => articlePath(entry.id))];
  return new Response(buildSitemap(paths.map(url)), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
