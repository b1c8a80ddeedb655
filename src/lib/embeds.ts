/**
 * The embeds of an article's figures: their pages (`<slug>/incorpora/<figure>/`), the code a host
 * pastes (an iframe and a snippet that sets its height), their oEmbed answers, and which of the
 * article's fragments an embed holds (the others send the reader to the article, out of the frame).
 */
import { escapeXml } from './xml';

/** The figures that can be embedded, by the Italian name in their URL. */
export const EMBED_FIGURES = ['mappa', 'cronologia'] as const;
export type EmbedFigure = (typeof EMBED_FIGURES)[number];

const EMBED_SEGMENT = 'incorpora';

/**
 * The width an oEmbed consumer is told, and the height of the iframe until the embed reports its own:
 * its height at that width, rounded up (Chromium, JavaScript on, 2026-12-02: the map with its cards
 * closed 937 px, the journey day by day over the chronology's closed periods 1,085 px; at 320 px they
 * are 1,038 and 1,515). The snippet corrects it as soon as the embed is on screen.
 */
export const EMBED_WIDTH = 640;
export const EMBED_HEIGHTS: Record<EmbedFigure, number> = { mappa: 940, cronologia: 1090 };

/** The embed page of a figure: `<slug>/incorpora/<figure>/`. */
export function embedPath(slug: string, figure: EmbedFigure): string {
  return `${slug}/${EMBED_SEGMENT}/${figure}/`;
}

/** True for the absolute URL of an embed page (`…/<slug>/incorpora/<figure>/`): noindex, out of the sitemap. */
export function isEmbedPageUrl(url: string): boolean {
  return new URL(url).pathname.split('/').at(-3) === EMBED_SEGMENT;
}

/** The figure's static oEmbed answer, beside its page. */
export function oembedPath(slug: string, figure: EmbedFigure): string {
  return `${embedPath(slug, figure)}oembed.json`;
}

/** The message the embed posts to its parent, keyed like a Datawrapper chart: `<slug>-<figure>`. */
export function embedId(slug: string, figure: EmbedFigure): string {
  return `${slug}-${figure}`;
}

/**
 * Ids each embed holds, by prefix: the map with its panel, diagram and cards; the journey day by day
 * with the full chronology. A link to any other fragment goes to the article.
 */
const HELD: Record<EmbedFigure, string[]> = {
  mappa: ['mappa', 'attore-', 'rapporto-', 'schede-attori'],
  cronologia: ['cronologia', 'tappa-'],
};

/** What an embed page tells its components (through Astro.locals): which figure, and the article's path. */
export interface EmbedContext {
  figure: EmbedFigure;
  /** The article page, as a path from the server's root (`/<slug>/`). */
  articleHref: string;
}

/** An `<a>`'s attributes: in-page, or to the article in a new tab, out of the host's frame. */
export interface LinkAttributes {
  href: string;
  target?: '_blank';
  rel?: 'noopener';
}

const OUT_OF_FRAME = { target: '_blank', rel: 'noopener' } as const;

/** A link to an element of the article: in the page, unless an embed page lacks that element. */
export function fragmentLink(id: string, embed?: EmbedContext): LinkAttributes {
  if (!embed || HELD[embed.figure].some((prefix) => id.startsWith(prefix))) return { href: `#${id}` };
  return { href: `${embed.articleHref}#${id}`, ...OUT_OF_FRAME };
}

/** A link to another site (a source): in an embed it opens in a new tab, since most sites refuse a frame. */
export function externalLink(href: string, embed?: EmbedContext): LinkAttributes {
  return embed ? { href, ...OUT_OF_FRAME } : { href };
}

/**
 * For hosts without a resizer of their own: sets the height of the iframe that sent a Datawrapper
 * height message (`{"datawrapper-height": {"<id>": <px>}}`), the format Datawrapper's own snippet reads.
 */
export const HOST_SNIPPET =
  '<script>addEventListener("message",e=>{var d=e.data&&e.data["datawrapper-height"],k;if(d)for(var f of document.querySelectorAll("iframe"))if(f.contentWindow==e.source)for(k in d)f.style.height=d[k]+"px"})</script>';

/**
 * Text for an element's content: only `&` and `<` can start markup there, so the code's many quotes
 * and `>` are written as they are, not as entities (fewer bytes on the article page).
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

export interface EmbedCodeInput {
  /** The embed page's URL (absolute when SITE is known). */
  src: string;
  title: string;
  height: number;
}

/** The iframe a host pastes, full width, without a border, allowed to copy links, and the snippet after it. */
export function buildEmbedCode({ src, title, height }: EmbedCodeInput): string {
  const iframe =
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" height="${height}" ` +
    `style="width:100%;border:0" allow="clipboard-write"></iframe>`;
  return `${iframe}\n${HOST_SNIPPET}`;
}

export interface OembedInput extends EmbedCodeInput {
  providerName: string;
  /** The site's home, absolute. */
  providerUrl: string;
}

/** The oEmbed 1.0 answer of a figure: a `rich` type whose html is the embed code. */
export function buildOembed(input: OembedInput) {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: buildEmbedCode(input),
    width: EMBED_WIDTH,
    height: input.height,
  };
}
