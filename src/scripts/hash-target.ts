import { ALIAS_OF_ATTRIBUTE, idFromHash } from '../lib/dom';

/**
 * The element id a URL hash lands on: its own, or for an alias anchor (an old id kept so that links
 * shared before a rename still land) the id of the element it stands for. Null for an empty or
 * malformed hash; never throws.
 */
export function targetIdFromHash(hash: string): string | null {
  const id = idFromHash(hash);
  return (id && document.getElementById(id)?.getAttribute(ALIAS_OF_ATTRIBUTE)) || id;
}
