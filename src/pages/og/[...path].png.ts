import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import worldAtlas from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { label } from '../../lib/labels';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../../lib/head-meta';
import { axisCountryIds, buildOgCountries } from '../../lib/og-map';
import { buildOgSvg } from '../../lib/og-image';
import { ogImagePath } from '../../lib/urls';
import { loadArticle } from '../../data/load-article';

/** One PNG for the home page, one per article and per share target (section, event, actor), rasterised at build time; nothing is fetched at run time. */
export const getStaticPaths = (async () => {
  assertTextRenders();
  const [articles, actors] = await Promise.all([getCollection('article'), getCollection('actors')]);
  // The map is projected once for every image: the frame never changes.
  const countries = buildOgCountries(worldAtlas as unknown as Topology, OG_IMAGE_WIDTH, OG_IMAGE_HEIGHT);
  const highlightIds = axisCountryIds(actors.map(({ data }) => data));
  const paths = await Promise.all(
    articles.map(async (entry) => {
      const { shareTargets } = await loadArticle(entry);
      const articleImage = { kicker: label('site.name').toUpperCase(), title: entry.data.title };
      return [
        { path: ogImagePath(entry.id), image: articleImage },
        ...shareTargets.map((target) => ({
          path: ogImagePath(entry.id, target.fragment),
          image: { kicker: target.imageKicker, title: target.title },
        })),
      ];
    }),
  );
  const home = { path: ogImagePath(), image: { kicker: label('site.name').toUpperCase(), title: label('site.description') } };
  return [home, ...paths.flat()].map(({ path, image }) => ({
    params: { path: path.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { svg: buildOgSvg({ ...image, countries, highlightIds }) },
  }));
}) satisfies GetStaticPaths;

const FONT = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };

/** resvg silently leaves out text it has no font for: a share image without its title must stop the build instead. */
function assertTextRenders(): void {
  const probe = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text y="15" font-family="sans-serif">Ag</text></svg>';
  if (!new Resvg(probe, { font: FONT }).getBBox()) {
    throw new Error('src/pages/og: no system font to draw the share images’ titles with; install one (Debian: apt-get install fonts-dejavu-core).');
  }
}

export const GET: APIRoute = async ({ props }) => {
  const truecolor = new Resvg(props.svg, { font: FONT }).render().asPng();
  // A 256-colour palette looks the same on these flat fills and cuts each file by about 60%;
  // effort 1 keeps the build fast, higher efforts saved under 2% here.
  const png = await sharp(truecolor).png({ palette: true, effort: 1, compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
