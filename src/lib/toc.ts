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

/** A figure's entry in the index: its tag in the MDX (`ActorMap`) and the heading it is listed by. */
export interface FigureHeading {
  tag: string;
  slug: string;
  text: string;
}

/** Where a figure stands in the article: after how many of its headings (from the article's outline). */
export interface PlacedFigure {
  tag: string;
  headingsBefore: number;
}

/**
 * The headings with each figure of `placed` (in page order) added where it stands, one level below
 * the heading it follows, so the index leads to the map and the timeline too. A figure with no entry
 * in `figures` is left out.
 */
export function withFigureHeadings(
  headings: HeadingInput[],
  placed: PlacedFigure[],
  figures: FigureHeading[],
): HeadingInput[] {
  const result: HeadingInput[] = [];
  headings.forEach((heading, index) => {
    result.push(heading);
    for (const { tag } of placed.filter(({ headingsBefore }) => headingsBefore === index + 1)) {
      const figure = figures.find((candidate) => candidate.tag === tag);
      if (figure) result.push({ depth: heading.depth + 1, slug: figure.slug, text: figure.text });
    }
  });
  return result;
}
