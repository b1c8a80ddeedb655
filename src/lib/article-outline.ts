/**
 * What the page needs to know about an article's MDX, read once from its syntax tree (mdast, as the
 * MDX parser builds it): where each figure stands, which actors the text links to, the lead, the
 * excerpt of each section and the word count. A build plugin (src/integrations/article-outline.ts)
 * stores it in the entry's frontmatter; the loader, the index, the share pages and the home page read
 * it from there, so no one parses the MDX source again. Code blocks, comments and tags split over
 * lines are nodes of the tree, not text that looks like a heading or a tag.
 */
import { countWords } from './reading-time';

/** The fields of an mdast node this module reads; structural, so no parser is imported. */
export interface MdastNode {
  type: string;
  children?: readonly MdastNode[];
  value?: unknown;
  depth?: number;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** The figure components an article embeds, by their MDX tag. */
export const FIGURE_TAGS = ['ActorMap', 'VisitTimeline'] as const;
export type FigureTag = (typeof FIGURE_TAGS)[number];
/** The inline mark linking a name in the text to its actor on the map: `<Actor id="russia">`. */
export const MENTION_TAG = 'Actor';

export interface ArticleOutline {
  /** The first paragraph of the article, as plain text (the home page's lead). */
  lead: string;
  /** Words of the text a reader reads: headings and paragraphs, not tags, code expressions or imports. */
  wordCount: number;
  /** Each h2 with the plain text of the first paragraph under it ('' when it has none), in order. */
  sections: { title: string; excerpt: string }[];
  /** Each figure in page order, with the number of headings before it. */
  figures: { tag: FigureTag; headingsBefore: number }[];
  /** Actor ids of the `<Actor id="…">` marks, in page order. */
  actorMentions: string[];
}

/** Nodes whose value is code, not words: ESM lines and `{…}` expressions, comments among them. */
const CODE_TYPES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
/** Blocks whose text is counted as a whole, so a word split across inline nodes counts once. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const isJsx = (node: MdastNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isFigureTag = (name: string | null | undefined): name is FigureTag => FIGURE_TAGS.some((tag) => tag === name);

/** The words of a node and its descendants, as a reader sees them. */
export function plainText(node: MdastNode): string {
  if (CODE_TYPES.has(node.type)) return '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

function mentionId(node: MdastNode): string {
  const id = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id');
  if (typeof id?.value !== 'string')
    throw new Error(`<${MENTION_TAG}> needs an id written as text: <${MENTION_TAG} id="russia">`);
  return id.value;
}

/** Walks the tree once, in document order. */
export function outlineArticle(root: MdastNode): ArticleOutline {
  const outline: ArticleOutline = { lead: '', wordCount: 0, sections: [], figures: [], actorMentions: [] };
  let headings = 0;
  const visit = (node: MdastNode) => {
    if (CODE_TYPES.has(node.type)) return;
    if (TEXT_BLOCKS.has(node.type)) outline.wordCount += countWords(plainText(node));
    if (node.type === 'heading') {
      headings += 1;
      if (node.depth === 2) outline.sections.push({ title: squeeze(plainText(node)), excerpt: '' });
    }
    if (node.type === 'paragraph') {
      const text = squeeze(plainText(node));
      const section = outline.sections.at(-1);
      if (text !== '' && outline.lead === '') outline.lead = text;
      if (text !== '' && section && section.excerpt === '') section.excerpt = text;
    }
    if (isJsx(node) && isFigureTag(node.name)) outline.figures.push({ tag: node.name, headingsBefore: headings });
    if (isJsx(node) && node.name === MENTION_TAG) outline.actorMentions.push(mentionId(node));
    node.children?.forEach(visit);
  };
  visit(root);
  return outline;
}

/** The frontmatter key the build plugin writes the outline under. */
export const OUTLINE_KEY = 'outline';

/** The outline the build plugin stored for `file`; throws if the plugin did not run. */
export function readOutline(frontmatter: Record<string, unknown>, file: string): ArticleOutline {
  const outline = frontmatter[OUTLINE_KEY] as ArticleOutline | undefined;
  if (!outline || !Array.isArray(outline.figures)) {
    throw new Error(
      `${file}: no outline in its frontmatter; is articleOutline() in the markdown processor's mdastPlugins (astro.config.mjs)?`,
    );
  }
  return outline;
}
