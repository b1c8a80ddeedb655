/**
 * Links that stay valid after edits. `content/permalinks.json` lists every fragment and share page
 * an article has published, as paths under BASE (`/<slug>/#<id>`, `/<slug>/condividi/<id>/`);
 * `npm run permalinks` adds what the built pages publish, and the build fails when a listed one no
 * longer resolves, saying how to alias it (content/aliases.json, see aliases.ts).
 */
import { ALIASES_FILE } from './aliases';
import { sharePagePath } from './urls';

export const PERMALINKS_FILE = 'content/permalinks.json';

export interface Permalink {
  slug: string;
  /** The element id, or the last segment of the share page's path. */
  fragment: string;
  kind: 'fragment' | 'share-page';
}

/** What a built article offers: every element id of its page (repeats kept) and its share pages. */
export interface BuiltArticle {
  ids: string[];
  sharePages: string[];
}

export function formatPermalink({ slug, fragment, kind }: Permalink): string {
  return kind === 'fragment' ? `/${slug}/#${fragment}` : `/${sharePagePath(slug, fragment)}`;
}

/** The permalink a listed path names, or null for a path of neither shape. */
export function parsePermalink(path: string): Permalink | null {
  const fragment = /^\/([^/#]+)\/#(.+)$/.exec(path);
  if (fragment) return { slug: fragment[1]!, fragment: fragment[2]!, kind: 'fragment' };
  const share = /^\/([^/#]+)\/condividi\/([^/#]+)\/$/.exec(path);
  return share ? { slug: share[1]!, fragment: share[2]!, kind: 'share-page' } : null;
}

/**
 * What an article publishes: every id its own links point at (a reader can copy any of them), the
 * entries of its updates log (the RSS feed links to them), and its share pages. Sorted.
 */
export function listPublished(slug: string, page: BuiltArticle & { linkedIds: string[]; feedIds: string[] }): string[] {
  const ids = new Set(page.ids);
  const fragments = [...page.linkedIds, ...page.feedIds].filter((id) => ids.has(id));
  return [
    ...new Set([
      ...fragments.map((fragment) => formatPermalink({ slug, fragment, kind: 'fragment' })),
      ...page.sharePages.map((fragment) => formatPermalink({ slug, fragment, kind: 'share-page' })),
    ]),
  ].sort();
}

/** The list once more published: nothing listed is ever dropped (removing a line is an editor's choice). */
export function mergePermalinks(listed: string[], published: string[]): string[] {
  return [...new Set([...listed, ...published])].sort();
}

/**
 * One sentence per listed permalink that no longer resolves in the built site (`built` maps a slug to
 * its article, undefined when the page is gone), each naming the alias that would fix it.
 */
export function findBrokenPermalinks(listed: string[], built: Map<string, BuiltArticle | undefined>): string[] {
  return listed.flatMap((path) => {
    const where = `${PERMALINKS_FILE} › ${path}`;
    const link = parsePermalink(path);
    if (!link) return [`${where}: not a path /<article>/#<id> or /<article>/condividi/<id>/`];
    const article = built.get(link.slug);
    if (!article) return [`${where}: no page /${link.slug}/ any more (the article was renamed or removed)`];
    const resolves =
      link.kind === 'fragment' ? article.ids.includes(link.fragment) : article.sharePages.includes(link.fragment);
    return resolves ? [] : [`${where}: ${missing(link)} ${aliasHint(link)}`];
  });
}

function missing({ fragment, kind }: Permalink): string {
  return kind === 'fragment' ? `no element "${fragment}" on the page any more.` : 'no share page any more.';
}

function aliasHint({ slug, fragment }: Permalink): string {
  return (
    `Links already shared to it would break. If it was renamed, add "${fragment}": "<its new id>" under ` +
    `"${slug}" in ${ALIASES_FILE}: the old fragment then lands on the new id, and its share page redirects ` +
    `there (for a share page, the new id must be a section, an event or an actor). If it was removed on ` +
    `purpose, alias it to the nearest section, or delete the line from ${PERMALINKS_FILE}.`
  );
}
