/** Drops what MDX adds around the words: frontmatter-free body in, plain text out. */
export function stripMdx(source: string): string {
  return source
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/^#{1,6}\s+/gm, '');
}

/** The first paragraph of prose in an MDX body, as plain text (the lead shown on the home page). */
export function firstParagraph(source: string): string {
  const blocks = source.split(/\n\s*\n/).map((block) => block.trim());
  const prose = blocks.find((block) => block !== '' && !/^(#|import\s|export\s|<[A-Za-z][^>]*\/>$)/.test(block));
  return prose ? stripMdx(prose).replace(/\s+/g, ' ').trim() : '';
}
