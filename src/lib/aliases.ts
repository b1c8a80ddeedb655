/**
 * Aliases keep a renamed fragment's published links landing: `content/aliases.json` maps, per article,
 * an old id to the id it became. The page writes an empty element with the old id at the start of the
 * new one (so the browser scrolls there and `:target` matches, without JavaScript), and the old share
 * page is written again, sending readers to the new fragment.
 */
import type { BuiltArticle } from './permalinks';

export const ALIASES_FILE = 'content/aliases.json';

/** One article's aliases: old id → the id it now lands on. */
export type Aliases = Record<string, string>;

/** The old ids that land on `target`, in the file's order. */
export function aliasesOf(aliases: Aliases, target: string): string[] {
  return Object.keys(aliases).filter((old) => aliases[old] === target);
}

/**
 * A share page under each aliased old id whose target has one of its own (sections, events, actors);
 * none for an old id that is a target again (findAliasProblems names that alias).
 */
export function aliasedSharePages<T extends { fragment: string }>(
  aliases: Aliases,
  targets: T[],
): { fragment: string; target: T }[] {
  const byFragment = new Map(targets.map((target) => [target.fragment, target]));
  return Object.entries(aliases).flatMap(([old, to]) => {
    const target = byFragment.get(to);
    return target && !byFragment.has(old) ? [{ fragment: old, target }] : [];
  });
}

/**
 * One sentence per alias the built site cannot honour: an unknown article, a target that is itself an
 * alias or not on the page, an old id that is on the page again (two elements cannot share it).
 */
export function findAliasProblems(
  aliasesByArticle: Record<string, Aliases>,
  built: Map<string, BuiltArticle | undefined>,
): string[] {
  return Object.entries(aliasesByArticle).flatMap(([slug, aliases]) => {
    const article = built.get(slug);
    if (!article) return [`${ALIASES_FILE} › ${slug}: no article "${slug}" in content/article`];
    return Object.entries(aliases).flatMap(([old, to]) => {
      const where = `${ALIASES_FILE} › ${slug} › ${old}`;
      if (to in aliases) return [`${where}: "${to}" is itself an alias; point this one at "${aliases[to]}"`];
      if (!article.ids.includes(to)) return [`${where}: no element "${to}" on the page to land on`];
      const copies = article.ids.filter((id) => id === old).length;
      if (copies > 1) return [`${where}: the page has an element "${old}" again; remove the alias`];
      if (copies === 0) return [`${where}: the element "${to}" does not carry alias anchors (<AliasAnchors>)`];
      return [];
    });
  });
}
