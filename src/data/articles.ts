/**
 * An article with everything computed from the content collections: its rendered body, the map and
 * timeline models when it embeds them, and what can be shared from it. One loader for the article
 * page, its share pages and their images, so all three agree and the data is checked the same way.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import countries110 from 'world-atlas/countries-110m.json';
import type { Topology } from 'topojson-specification';
import { buildFigures } from '../lib/figures';
import { buildSections } from '../lib/sections';
import { buildShareTargets } from '../lib/share-targets';
import { assertValidContent, findActorMentions } from '../lib/validate-content';

export type ArticleEntry = CollectionEntry<'article'>;

export async function loadArticle(entry: ArticleEntry) {
  const { Content, headings } = await render(entry);
  const body = entry.body ?? '';
  const file = entry.filePath ?? entry.id;
  // Map and timeline data are checked and computed only for an article that embeds them.
  const embedsFigures = /<(ActorMap|VisitTimeline)\b/.test(body);
  let figures: Partial<ReturnType<typeof buildFigures>> = {};
  if (embedsFigures) {
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
      sectionIds: headings.map((heading) => heading.slug),
      countryIds: countries110.objects.countries.geometries.map((geometry) => String(geometry.id)),
      mentionedActorIds: findActorMentions(body),
      articleFile: file,
    });
    figures = buildFigures({
      countries: countries110 as unknown as Topology,
      actors: actors.map(({ data }) => data),
      relations: relations.map(({ data }) => ({ ...data, from: data.from.id, to: data.to.id })),
      places: places.map(({ data }) => data),
      events: events.map(({ data }) => ({ ...data, placeId: data.place?.id, actorIds: data.actors.map((actor) => actor.id) })),
      spans: spans.map(({ data }) => data),
      sections: headings,
    });
  }
  const shareTargets = buildShareTargets(
    {
      articleTitle: entry.data.title,
      sections: buildSections(headings, body, file),
      timeline: /<VisitTimeline\b/.test(body) ? figures.timeline : undefined,
      cards: /<ActorMap\b/.test(body) ? figures.map?.cards : undefined,
    },
    file,
  );
  return { Content, headings, figures, shareTargets };
}
