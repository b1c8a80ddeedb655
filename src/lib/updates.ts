/**
 * The editors' log of corrections and updates to their own texts: ordered newest first, dated in
 * Italian, checked against the page's fragments, and turned into RSS items.
 */
import { formatDay } from './dates';
import { label } from './labels';

export const UPDATES_FILE = 'content/updates.json';
/** Prefix of an entry's element id on the article page: the feed's items link there. */
export const UPDATE_HASH_PREFIX = 'aggiornamento-';

export type UpdateKind = 'correzione' | 'aggiornamento';

export interface UpdateInput {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  kind: UpdateKind;
  text: string;
  fragment?: string;
}

export interface UpdateView extends UpdateInput {
  /** The entry's own element id. */
  anchorId: string;
  kindLabel: string;
}

/** The entries of one day under one date heading. */
export interface UpdateDay<T extends UpdateInput = UpdateView> {
  /** `YYYY-MM-DD`. */
  date: string;
  /** "6 dicembre 2026". */
  dateLabel: string;
  entries: T[];
}

/** Newest first; entries of one day by id, since the content store keeps no file order. */
export function sortUpdates<T extends UpdateInput>(updates: T[]): T[] {
  return [...updates].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The newest entry's date, for schema.org's dateModified; undefined without entries. */
export function latestUpdateDate(updates: UpdateInput[]): string | undefined {
  return sortUpdates(updates)[0]?.date;
}

export function buildUpdateViews(updates: UpdateInput[]): UpdateView[] {
  return sortUpdates(updates).map((update) => ({
    ...update,
    anchorId: `${UPDATE_HASH_PREFIX}${update.id}`,
    kindLabel: label(`updates.kind.${update.kind}`),
  }));
}

/** One group per date, newest first, each dated once in Italian; within a day, the order of sortUpdates. */
export function groupUpdatesByDay<T extends UpdateInput>(updates: T[]): UpdateDay<T>[] {
  const days: UpdateDay<T>[] = [];
  for (const update of sortUpdates(updates)) {
    const last = days[days.length - 1];
    if (last?.date === update.date) last.entries.push(update);
    else days.push({ date: update.date, dateLabel: formatDay(update.date), entries: [update] });
  }
  return days;
}

export interface UpdatePage {
  /** Every article's id, to name an entry whose article does not exist. */
  articleIds: string[];
  /** The article whose page is checked, and the element ids on that page. */
  articleId: string;
  fragmentIds: string[];
}

/** `content/updates.json › id › field: …` for an unknown article, or a fragment that names no element of the page. */
export function findUpdateProblems(updates: (UpdateInput & { article: string })[], page: UpdatePage): string[] {
  const articles = new Set(page.articleIds);
  const fragments = new Set(page.fragmentIds);
  return updates.flatMap((update) => {
    if (!articles.has(update.article))
      return [`${UPDATES_FILE} › ${update.id} › article: no article "${update.article}" in content/article`];
    if (update.article !== page.articleId || update.fragment === undefined || fragments.has(update.fragment)) return [];
    return [
      `${UPDATES_FILE} › ${update.id} › fragment: no element "${update.fragment}" on the page of ${update.article}`,
    ];
  });
}

export interface FeedItem {
  title: string;
  description: string;
  /** Absolute: the entry on the article page. */
  link: string;
  pubDate: Date;
}

/** RSS items, newest first, each linking to its entry in the log on the article's page. */
export function buildFeedItems(updates: (UpdateInput & { articleTitle: string; articleUrl: string })[]): FeedItem[] {
  return sortUpdates(updates).map((update) => ({
    title: `${label(`updates.kind.${update.kind}`)}: ${update.articleTitle}`,
    description: update.text,
    link: `${update.articleUrl}#${UPDATE_HASH_PREFIX}${update.id}`,
    // The date alone is known: midnight UTC, never the build machine's zone.
    pubDate: new Date(`${update.date}T00:00:00Z`),
  }));
}
