import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadArticle } from '../../../../data/load-article';
import { EMBED_HEIGHTS, buildOembed, embedPath, type EmbedFigure } from '../../../../lib/embeds';
import { label } from '../../../../lib/labels';
import { absoluteUrl } from '../../../../lib/urls';

// Only with SITE: an oEmbed answer's URLs must be absolute. One per embed page.
export const getStaticPaths = (async () => {
  if (!import.meta.env.SITE) return [];
  const articles = await getCollection('article');
  const pages = await Promise.all(
    articles.map(async (entry) => {
      const { embedFigures } = await loadArticle(entry);
      return embedFigures.map((figure) => ({ params: { slug: entry.id, figure } }));
    }),
  );
  return pages.flat();
}) satisfies GetStaticPaths;

/** The figure's oEmbed 1.0 answer (type "rich"): its embed code, size and provider, every URL absolute under BASE. */
export const GET: APIRoute = ({ site, params }) => {
  const base = import.meta.env.BASE_URL;
  const figure = params.figure as EmbedFigure;
  const oembed = buildOembed({
    src: absoluteUrl(site, base, embedPath(params.slug ?? '', figure))!,
    title: label(`embed.title.${figure}`),
    height: EMBED_HEIGHTS[figure],
    providerName: label('site.name'),
    providerUrl: absoluteUrl(site, base, '')!,
  });
  return new Response(JSON.stringify(oembed), { headers: { 'content-type': 'application/json' } });
};
