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

/** A figure the article's MDX places with a tag (`<ActorMap … />`), listed in the index by its own heading. */
export interface FigureHeading {
  tag: string;
  slug: string;
  text: string;
}

/**
 * The headings with each figure found in `mdxBody` added where it stands, one level below the
 * heading it follows, so the index leads to the map and the timeline too. The MDX's own headings
 * are its `#` lines, in the order `render()` returns them.
 */
export function withFigureHeadings(headings: HeadingInput[], mdxBody: string, figures: FigureHeading[]): HeadingInput[] {
  // In page order, so two figures under one heading keep the order they stand in.
  const placed = figures
    .map((figure) => ({ figure, offset: mdxBody.search(new RegExp(`<${figure.tag}\\b`)) }))
    .filter(({ offset }) => offset >= 0)
    .sort((a, b) => a.offset - b.offset)
    .map(({ figure, offset }) => ({ figure, before: (mdxBody.slice(0, offset).match(/^#{1,6}\s/gm) ?? []).length }));
  const result: HeadingInput[] = [];
  headings.forEach((heading, index) => {
    result.push(heading);
    for (const { figure } of placed.filter(({ before }) => before === index + 1)) {
      result.push({ depth: heading.depth + 1, slug: figure.slug, text: figure.text });
    }
  });
  return result;
}
