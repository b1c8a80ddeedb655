/** Where each content data collection is stored, relative to the project: its loader and its error messages name it. */
export const FILES = {
  actors: 'content/actors.json',
  relations: 'content/relations.json',
  places: 'content/places.json',
  events: 'content/visit.json',
  spans: 'content/spans.json',
} as const;

/** The folder of the articles, one MDX file each. */
export const ARTICLE_DIR = 'content/article';
