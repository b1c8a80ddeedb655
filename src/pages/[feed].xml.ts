import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import rss from '@astrojs/rss';
import { buildFeedItems } from '../lib/updates';
import { label } from '../lib/labels';
import { FEED_PATH, absoluteUrl, articlePath } from '../lib/urls';

const FEED = FEED_PATH.replace(/\.xml$/, '');

// A dynamic route so that, without SITE, no feed is emitted: RSS needs absolute URLs.
export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { feed: FEED } }] : []) satisfies GetStaticPaths;

/** RSS 2.0 of the editors' updates and corrections; every link is absolute under BASE. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => absoluteUrl(site, base, path)!;
  const articles = await getCollection('article');
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
};
