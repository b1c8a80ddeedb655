// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  // SITE and BASE come from the environment so the same build can be hosted anywhere.
  site: process.env.SITE || undefined,
  base: process.env.BASE || '/',
  // Directory pages (`/slug/index.html`) answer both `/slug` and `/slug/` on every static server.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The author's words are printed as written: no smart-quote or dash rewriting.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // A duplicate id in a content data file fails the build instead of silently replacing an entry.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
});
