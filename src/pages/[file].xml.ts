import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildSitemap } from '../lib/sitemap';
import { absoluteUrl, articlePath } from '../lib/urls';

// A dynamic route so that, without SITE, no sitemap is emitted at all: it needs absolute URLs.
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { file: 'sitemap' } }] : [])) satisfies GetStaticPaths;

/** The home and every article; share pages are left out, since their canonical is the article. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const articles = await getCollection('article');
  const paths = ['', ...articles.map((entry) => articlePath(entry.id))];
  const urls = paths.flatMap((path) => absoluteUrl(site, base, path) ?? []);
  return new Response(buildSitemap(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
