/**
 * Reads a built article page for the permalink check: its element ids and the fragments its own links
 * point at. The HTML is Astro's output, read with a parser, never with patterns.
 */
import { parse } from 'node-html-parser';
import { UPDATE_HASH_PREFIX } from './updates';

export interface BuiltPage {
  /** Every element id, repeats kept (an alias whose old id is in use again shows as two). */
  ids: string[];
  /** Ids the page links to: `#<id>`, or `…/<slug>/#<id>`. */
  linkedIds: string[];
  /** The updates log's entries, which the RSS feed links to. */
  feedIds: string[];
}

export function readBuiltPage(html: string, slug: string): BuiltPage {
  const root = parse(html);
  const ids = root.querySelectorAll('[id]').map((element) => element.id);
  const ownPage = `/${slug}/#`;
  const linkedIds = root
    .querySelectorAll('a[href*="#"]')
    .map((link) => link.getAttribute('href')!)
    .filter((href) => href.startsWith('#') || href.includes(ownPage))
    .map((href) => decodeFragment(href.slice(href.indexOf('#') + 1)));
  return { ids, linkedIds, feedIds: ids.filter((id) => id.startsWith(UPDATE_HASH_PREFIX)) };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
