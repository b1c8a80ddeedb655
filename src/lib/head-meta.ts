/** What goes in a page's <head> for search engines and link previews; computed once, rendered by the layout. */
export interface HeadMetaInput {
  title: string;
  description: string;
  /** The page's absolute URL for og:url; undefined without SITE. */
  url?: string;
  /** The Open Graph image's absolute URL; undefined without SITE, since og:image must be absolute. */
  imageUrl?: string;
  imageAlt?: string;
  type: 'article' | 'website';
}

export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/** `[attribute, name, content]` triples for `<meta>` tags; attribute is `property` (OG) or `name`. */
export type MetaTag = ['property' | 'name', string, string];

/** Open Graph and X (Twitter) card tags. og:url and the image tags only exist with an absolute URL. */
export function buildMetaTags(input: HeadMetaInput): MetaTag[] {
  const tags: MetaTag[] = [
    ['property', 'og:locale', 'it_IT'],
    ['property', 'og:type', input.type],
    ['property', 'og:title', input.title],
    ['property', 'og:description', input.description],
  ];
  if (input.url) tags.push(['property', 'og:url', input.url]);
  if (input.imageUrl) {
    tags.push(
      ['property', 'og:image', input.imageUrl],
      ['property', 'og:image:type', 'image/png'],
      ['property', 'og:image:width', String(OG_IMAGE_WIDTH)],
      ['property', 'og:image:height', String(OG_IMAGE_HEIGHT)],
      ['property', 'og:image:alt', input.imageAlt ?? input.title],
    );
  }
  // X reads title, description and image from the Open Graph tags; only the card type and the
  // image's alternative text need twitter: tags of their own.
  tags.push(['name', 'twitter:card', input.imageUrl ? 'summary_large_image' : 'summary']);
  if (input.imageUrl) tags.push(['name', 'twitter:image:alt', input.imageAlt ?? input.title]);
  return tags;
}

export interface ArticleJsonLdInput {
  headline: string;
  description: string;
  /** Absolute URL of the article; omitted without SITE. */
  url?: string;
  imageUrl?: string;
  /** `YYYY-MM-DD` of the newest entry in the editors' updates log, when there is one. */
  dateModified?: string;
  /** The text's author, only when the frontmatter names one. */
  author?: string;
}

/**
 * schema.org Article with only what the source supports: no publication date (the source gives
 * none); dateModified from the editors' log and an author only when the content names them.
 */
export function buildArticleJsonLd(input: ArticleJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    inLanguage: 'it',
    ...(input.url ? { url: input.url, mainEntityOfPage: input.url } : {}),
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.author ? { author: { '@type': 'Person', name: input.author } } : {}),
  };
}

/** JSON for an inline <script> block: `<` is escaped so no text in it can close the element. */
export function serialiseJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
