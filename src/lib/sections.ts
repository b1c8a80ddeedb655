import type { ArticleOutline } from './article-outline';
import type { HeadingInput } from './toc';

export interface Section {
  id: string;
  title: string;
  /** The section's first paragraph as plain text: the share page's description. */
  excerpt: string;
}

/**
 * Pairs each h2 of `headings` (ids from Astro's slugger) with the first paragraph under it, from the
 * article's outline. Throws when the two disagree, rather than share a section with another's text.
 */
export function buildSections(headings: HeadingInput[], outlined: ArticleOutline['sections'], file: string): Section[] {
  const h2s = headings.filter((heading) => heading.depth === 2);
  if (h2s.length !== outlined.length) {
    throw new Error(`${file}: ${h2s.length} h2 headings rendered but ${outlined.length} in the article's syntax tree.`);
  }
  return h2s.map((heading, index) => {
    const { excerpt } = outlined[index]!;
    if (excerpt === '') throw new Error(`${file} › ${heading.slug}: the section has no paragraph to share.`);
    return { id: heading.slug, title: heading.text, excerpt };
  });
}

/**
 * Cuts a plain text to at most `max` characters, adding an ellipsis if cut: at the end of a clause
 * when one ends in the second half, else at a word, so a cut does not stop halfway through a clause
 * ("nessun documento…" for "nessun documento firmato"). A quotation left open is closed after the ellipsis.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 2);
  const clauseEnd = Math.max(...['. ', '; ', ': '].map((mark) => cut.lastIndexOf(mark)));
  const lastSpace = cut.lastIndexOf(' ');
  const endsAtWord = /\s/.test(text.charAt(cut.length));
  if (clauseEnd > max / 2) cut = cut.slice(0, clauseEnd);
  else if (!endsAtWord && lastSpace > max / 2) cut = cut.slice(0, lastSpace);
  cut = `${cut.replace(/[\s,;:.]+$/, '')}…`;
  return cut.lastIndexOf('“') > cut.lastIndexOf('”') ? `${cut}”` : cut;
}
