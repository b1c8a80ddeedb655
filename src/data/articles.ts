/**
 * An article with everything computed from the content collections: its rendered body, the map and
 * timeline models when it embeds them, and what can be shared from it. The article page, its share
 * pages and their images all read it from here, so they agree, and it is computed once per build.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import countries110 from 'world-atlas/countries-110m.json';
import countries50 from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { buildFigures } from '../lib/figures';
import { buildSections } from '../lib/sections';
import { buildShareTargets } from '../lib/share-targets';
import { FILES, assertValidContent, findActorMentions } from '../lib/validate-content';

type ArticleEntry = CollectionEntry<'article'>;
type Figures = Partial<ReturnType<typeof buildFigures>>;
type Headings = Awaited<ReturnType<typeof render>>['headings'];

const loaded = new Map<string, ReturnType<typeof load>>();

export function loadArticle(entry: ArticleEntry) {
  if (!loaded.has(entry.id)) loaded.set(entry.id, load(entry));
  return loaded.get(entry.id)!;
}

async function load(entry: ArticleEntry) {
  const { Content, headings } = await render(entry);
  const body = entry.body ?? '';
  const file = entry.filePath ?? entry.id;
  const embedsMap = /<ActorMap\b/.test(body);
  const embedsTimeline = /<VisitTimeline\b/.test(body);
  const mentions = findActorMentions(body);
  if (mentions.length > 0 && !embedsMap) {
    throw new Error(`${file} › <Actor id="${mentions[0]}"> › id: the article links to an actor but embeds no <ActorMap /> to open it on`);
  }
  // Map and timeline data are checked and computed only for an article that embeds them.
  const figures = embedsMap || embedsTimeline ? await loadFigures(headings, mentions, file) : {};
  const shareTargets = buildShareTargets({
    articleTitle: entry.data.title,
    files: { article: file, events: FILES.events, actors: FILES.actors },
    sections: buildSections(headings, body, file),
    timeline: embedsTimeline ? figures.timeline : undefined,
    cards: embedsMap ? figures.map?.cards : undefined,
  });
  return { Content, headings, figures, shareTargets };
}

async function loadFigures(headings: Headings, mentions: string[], file: string): Promise<Figures> {
  const [actors, relations, places, events, spans] = await Promise.all([
    getCollection('actors'),
    getCollection('relations'),
    getCollection('places'),
    getCollection('visit'),
    getCollection('spans'),
  ]);
  assertValidContent({
    actors,
    relations,
    places,
    events,
    spans,
    sectionIds: headings.map((heading) => heading.slug),
    countryIds: countries110.objects.countries.geometries.map((geometry) => String(geometry.id)),
    mentionedActorIds: mentions,
    articleFile: file,
  });
  return buildFigures({
    countries: countries110 as unknown as Topology,
    detailCountries: countries50 as unknown as Topology,
    actors: actors.map(({ data }) => data),
    relations: relations.map(({ data }) => ({ ...data, from: data.from.id, to: data.to.id })),
    places: places.map(({ data }) => data),
    events: events.map(({ data }) => ({ ...data, placeId: data.place?.id, actorIds: data.actors.map((actor) => actor.id) })),
    spans: spans.map(({ data }) => data),
    sections: headings,
  });
}
