/**
 * An article with everything computed from the content collections: its rendered body, its outline
 * (read from the MDX syntax tree at build), the map and timeline models when it embeds them, and what
 * can be shared from it. The article page, its share pages and their images all read it from here,
 * so they agree, and it is computed once per build.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import countries110 from 'world-atlas/countries-110m.json';
import countries50 from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { readOutline, type FigureTag } from '../lib/article-outline';
import { buildFigures, figureInputs } from '../lib/figures';
import { buildSections } from '../lib/sections';
import { buildShareTargets } from '../lib/share-targets';
import { FILES, assertValidContent } from '../lib/validate-content';
import { CHRONOLOGY_ID, MAP_ID } from '../lib/page-ids';
import { TIMELINE_ID } from '../lib/dom';
import { buildUpdateViews, findUpdateProblems, groupUpdatesByDay, latestUpdateDate } from '../lib/updates';
import type { Aliases } from '../lib/aliases';
import { EMBED_FIGURES } from '../lib/embeds';

type ArticleEntry = CollectionEntry<'article'>;
type Figures = Partial<ReturnType<typeof buildFigures>>;
type Headings = Awaited<ReturnType<typeof render>>['headings'];

const loaded = new Map<string, ReturnType<typeof load>>();

export function loadArticle(entry: ArticleEntry) {
  if (!loaded.has(entry.id)) loaded.set(entry.id, load(entry));
  return loaded.get(entry.id)!;
}

/** The article's outline alone (lead, word count…), for pages that do not show the article. */
export async function loadOutline(entry: ArticleEntry) {
  const { remarkPluginFrontmatter } = await render(entry);
  return readOutline(remarkPluginFrontmatter, entry.filePath ?? entry.id);
}

/** An article's aliases (content/aliases.json): each old id and the id it now lands on. */
export async function loadAliases(slug: string | undefined): Promise<Aliases> {
  return (slug && (await getEntry('aliases', slug))?.data) || {};
}

async function load(entry: ArticleEntry) {
  const { Content, headings, remarkPluginFrontmatter } = await render(entry);
  const file = entry.filePath ?? entry.id;
  const outline = readOutline(remarkPluginFrontmatter, file);
  const embeds = (tag: FigureTag) => outline.figures.some((figure) => figure.tag === tag);
  const embedsMap = embeds('ActorMap');
  const embedsTimeline = embeds('VisitTimeline');
  const mentions = outline.actorMentions;
  if (mentions.length > 0 && !embedsMap) {
    throw new Error(
      `${file} › <Actor id="${mentions[0]}"> › id: the article links to an actor but embeds no <ActorMap /> to open it on`,
    );
  }
  // Map and timeline data are checked and computed only for an article that embeds them.
  const figures = embedsMap || embedsTimeline ? await loadFigures(headings, mentions, file) : {};
  const shareTargets = buildShareTargets({
    articleTitle: entry.data.title,
    files: { article: file, events: FILES.events, actors: FILES.actors },
    sections: buildSections(headings, outline.sections, file),
    timeline: embedsTimeline ? figures.timeline : undefined,
    cards: embedsMap ? figures.cards : undefined,
  });
  const updates = await loadUpdates(entry.id, [
    ...shareTargets.map((target) => target.fragment),
    ...(embedsMap ? [MAP_ID] : []),
    ...(embedsTimeline ? [TIMELINE_ID, CHRONOLOGY_ID] : []),
  ]);
  // The figures other sites can frame: each has an embed page (and, with SITE, an oEmbed answer).
  const embedFigures = EMBED_FIGURES.filter((figure) => (figure === 'mappa' ? embedsMap : embedsTimeline));
  return { Content, headings, outline, figures, shareTargets, updates, embedFigures };
}

/** The editors' log for one article, newest first, each fragment checked against the page's ids. */
async function loadUpdates(articleId: string, fragmentIds: string[]) {
  const [entries, articles] = await Promise.all([getCollection('updates'), getCollection('article')]);
  const all = entries.map(({ data }) => ({ ...data, article: data.article.id }));
  const problems = findUpdateProblems(all, {
    articleIds: articles.map((article) => article.id),
    articleId,
    fragmentIds,
  });
  if (problems.length > 0) throw new Error(`Invalid content:\n- ${problems.join('\n- ')}`);
  const updates = all.filter((update) => update.article === articleId);
  return { days: groupUpdatesByDay(buildUpdateViews(updates)), dateModified: latestUpdateDate(updates) };
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
  return buildFigures(
    figureInputs(
      { actors, relations, places, events, spans },
      { countries: countries110 as unknown as Topology, detailCountries: countries50 as unknown as Topology },
      headings,
    ),
  );
}
