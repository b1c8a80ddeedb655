import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import opentype from 'opentype.js';
import sharp from 'sharp';
import worldAtlas from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { label } from '../../lib/labels';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../../lib/head-meta';
import { axisCountryIds, buildOgCountries } from '../../lib/og-map';
import { buildOgSvg, ogImageTexts } from '../../lib/og-image';
import { OG_FONT_MODULE, missingCharacters, ogFontOptions } from '../../lib/og-font';
import { ogImagePath } from '../../lib/urls';
import { loadArticle } from '../../data/load-article';

/** One PNG for the home page, one per article and per share target (section, event, actor), rasterised at build time; nothing is fetched at run time. */
export const getStaticPaths = (async () => {
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
  const home = {
    path: ogImagePath(),
    image: { kicker: label('site.name').toUpperCase(), title: label('site.description') },
  };
  const images = [home, ...paths.flat()];
  assertFontDraws(images.flatMap(({ image }) => ogImageTexts(image)));
  return images.map(({ path, image }) => ({
    params: { path: path.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { svg: buildOgSvg({ ...image, countries, highlightIds }) },
  }));
}) satisfies GetStaticPaths;

/** The font ships with the project (a dependency), so the build needs no system font and every machine draws the same PNG. */
let fontFile: string | undefined;
function resolveFontFile(): string {
  if (fontFile) return fontFile;
  let found: string | undefined;
  try {
    found = createRequire(import.meta.url).resolve(OG_FONT_MODULE);
  } catch {
    found = undefined;
  }
  if (!found || !existsSync(found)) {
    throw new Error(
      `src/pages/og: the share images' font (${OG_FONT_MODULE}) is missing; run \`npm ci\`: it comes with the dejavu-fonts-ttf package.`,
    );
  }
  return (fontFile = found);
}

/** resvg silently leaves out a character its font cannot draw: a share image missing part of its text must stop the build instead. */
function assertFontDraws(texts: string[]): void {
  const buffer = readFileSync(resolveFontFile());
  const font = opentype.parse(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  const missing = missingCharacters(texts, (codePoint) => font.charToGlyphIndex(String.fromCodePoint(codePoint)) !== 0);
  if (missing.length > 0) {
    throw new Error(
      `src/pages/og: the share images' font (${OG_FONT_MODULE}) has no glyph for ${missing.map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}.`,
    );
  }
}

export const GET: APIRoute = async ({ props }) => {
  const truecolor = new Resvg(props.svg, { font: ogFontOptions(resolveFontFile()) }).render().asPng();
  // A 256-colour palette looks the same on these flat fills and cuts each file by about 60%;
  // effort 1 keeps the build fast, higher efforts saved under 2% here.
  const png = await sharp(truecolor).png({ palette: true, effort: 1, compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
