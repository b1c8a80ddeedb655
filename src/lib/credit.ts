/**
 * The credit line of an article's text from its frontmatter `source` (outlet, url, author). Each
 * part appears only when the frontmatter gives it: nothing is guessed from the others.
 */
export interface CreditInput {
  outlet?: string;
  url?: string;
  author?: string;
}

export interface Credit {
  /** The outlet, linked to the original when its address is known; the bare host when only the address is. */
  outlet: { text: string; href?: string } | null;
  author: string | null;
}

export function buildCredit(source: CreditInput | undefined): Credit | null {
  if (!source || (!source.outlet && !source.url && !source.author)) return null;
  const text = source.outlet ?? (source.url ? new URL(source.url).hostname : undefined);
  return {
    outlet: text ? { text, ...(source.url ? { href: source.url } : {}) } : null,
    author: source.author ?? null,
  };
}
