/**
 * The Sätteri mdast plugin (Astro's markdown processor, which @astrojs/mdx runs for .mdx) that stores
 * an article's outline in its frontmatter, where `render(entry).remarkPluginFrontmatter` returns it.
 * Registered in astro.config.mjs; the walk itself is the pure src/lib/article-outline.ts.
 */
import { fileURLToPath } from 'node:url';
import type { SatteriAstroData } from '@astrojs/markdown-satteri';
import type { MdastPluginDefinition } from 'satteri';
import { OUTLINE_KEY, outlineArticle, type MdastNode } from '../lib/article-outline';

export function articleOutline(): MdastPluginDefinition {
  return {
    name: 'article-outline',
    after(root, ctx) {
      const astro = ctx.data.astro as SatteriAstroData | undefined;
      if (!astro) return;
      try {
        astro.frontmatter[OUTLINE_KEY] = outlineArticle(root as MdastNode);
      } catch (error) {
        const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an article';
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    },
  };
}
