/**
 * Ids and attribute names shared by the build and src/scripts.
 * This file ships to the browser: keep it tiny.
 */
export const MAIN_ID = 'contenuto';
export const STICKY_HEADER_ID = 'testata';

/** The element id named by a URL hash, or null for an empty or malformed one (never throws). */
export function idFromHash(hash: string): string | null {
  if (hash.length < 2 || !hash.startsWith('#')) return null;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
}
