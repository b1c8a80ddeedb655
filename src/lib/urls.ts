/**
 * URLs under the build's BASE and SITE. Every link the site writes is absolute from the base and ends
 * in `/`, so pages, share pages and the 404 page (served at any missing path) resolve the same way.
 */

/** The base path with exactly one trailing slash: `/` or `/spiegazioni/corea-russia/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A site path (`alleanza/`, `og/x.png`, `''` for the home) as a path from the server's root. */
export function sitePath(base: string, path: string): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/, '')}`;
}

/**
 * The absolute URL of a site path when SITE is known, else undefined: without SITE the build does
 * not know its origin and writes no made-up domain.
 */
export function absoluteUrl(site: URL | string | undefined, base: string, path: string): string | undefined {
  if (!site) return undefined;
  return new URL(sitePath(base, path), site).href;
}

/** The RSS feed of the editors' updates and corrections, emitted only with SITE. */
export const FEED_PATH = 'aggiornamenti.xml';

/** The article page: `<slug>/`. */
export function articlePath(slug: string): string {
  return `${slug}/`;
}

/**
 * The static share page of a fragment of an article (a section, an event, an actor), which crawlers
 * read instead of the fragment they ignore.
 */
export function sharePagePath(slug: string, fragment: string): string {
  return `${slug}/${SHARE_SEGMENT}/${fragment}/`;
}

const SHARE_SEGMENT = 'condividi';

/** True for the absolute URL of a share page (`…/<slug>/condividi/<fragment>/`), under any base. */
export function isSharePageUrl(url: string): boolean {
  return new URL(url).pathname.split('/').at(-3) === SHARE_SEGMENT;
}

/** The Open Graph image of the home page (no slug), an article, or one of its shared fragments. */
export function ogImagePath(slug?: string, fragment?: string): string {
  if (!slug) return 'og/index.png';
  return fragment ? `og/${slug}/${fragment}.png` : `og/${slug}.png`;
}

/** The share page of `fragment` as a path from the server's root, or undefined outside an article route. */
export function sharePageHref(base: string, slug: string | undefined, fragment: string): string | undefined {
  return slug ? sitePath(base, sharePagePath(slug, fragment)) : undefined;
}

/**
 * An SVG as a `data:` URL, for the favicon: written into the page, it costs no request (and no
 * connection) while the page is loading. Only the characters a URL cannot hold (spaces included) are escaped.
 */
export function svgDataUrl(svg: string): string {
  const escaped = svg
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/"/g, "'")
    .replace(
      /[ %#<>{}|\\^`\[\]]/g,
      (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
  return `data:image/svg+xml,${escaped}`;
}

/**
 * The `SITE` setting checked: an absolute http(s) origin, or undefined when unset. A path in it
 * would be dropped by Astro without a word, so it is refused with the way out (BASE).
 */
export function parseSiteOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE must be an absolute origin such as https://example.org, not "${value}"`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE must be an http(s) origin, not "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE must be an origin without a path ("${value}"): put the sub-path in BASE`);
  }
  return url.origin;
}
