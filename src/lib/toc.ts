/** A heading as Astro's `render()` returns it; structural, so this module needs no Astro import. */
export interface HeadingInput {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Nests the flat list of headings between `minDepth` and `maxDepth` into a tree.
 * A heading deeper than the previous one becomes its child; ids are Astro's, never re-slugified.
 */
export function buildToc(headings: HeadingInput[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: { depth: number; item: TocItem }[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { slug: heading.slug, text: heading.text, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.item.children : root).push(item);
    stack.push({ depth: heading.depth, item });
  }
  return root;
}
