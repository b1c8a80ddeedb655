import type { APIRoute, GetStaticPaths } from 'astro';
import { SITEMAP_FILE, buildRobots } from '../lib/robots';
import { absoluteUrl } from '../lib/urls';

// Emitted only with SITE, like the sitemap it points to. Crawlers read robots.txt at the origin's
// root only, so under a BASE the host has to serve this file from there (see README).
export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { file: 'robots' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site, import.meta.env.BASE_URL, SITEMAP_FILE);
  return new Response(buildRobots(sitemap), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
