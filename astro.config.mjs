// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { articleOutline } from './src/integrations/article-outline.ts';
import { buildGuard } from './src/integrations/build-guard.ts';
import { isSharePageUrl, parseSiteOrigin } from './src/lib/urls.ts';
import { isEmbedPageUrl } from './src/lib/embeds.ts';

export default defineConfig({
  // SITE and BASE come from the environment so the same build can be hosted anywhere.
  site: parseSiteOrigin(process.env.SITE),
  base: process.env.BASE || '/',
  // Directory pages (`/slug/index.html`) answer both `/slug` and `/slug/` on every static server;
  // every link the site writes ends in `/`, so no host has to redirect ('ignore' accepts both in dev).
  trailingSlash: 'ignore',
  // Every stylesheet is written into the page: a <link> would hold the first paint for a round trip
  // (a full RTT on a phone) while the CSS is only about 4 KB gzip. Astro hashes each <style> into the CSP.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Keep the content-layer cache beside the project, not in node_modules, so copies of the project
  // (test fixtures, worktrees) that share node_modules never share a data store.
  cacheDir: './.astro/cache',
  // The author's words are printed as written: no smart-quote or dash rewriting.
  // No code blocks to highlight, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  // articleOutline() reads each article's syntax tree once: figure positions, mentions, lead, words.
  markdown: {
    processor: satteri({ features: { smartPunctuation: false }, mdastPlugins: [articleOutline()] }),
    syntaxHighlight: false,
  },
  // A duplicate id in a content data file fails the build instead of silently replacing an entry.
  prerenderConflictBehavior: 'error',
  // A <meta> CSP on every page: Astro hashes its own scripts and styles, so no 'unsafe-inline'.
  // frame-ancestors and report-uri are ignored in a <meta> CSP, so they are not listed here.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        // 'self', not 'none': the page fetches nothing, but crawlers' audits (Lighthouse's robots.txt
        // check) fetch from inside the page, and a third-party origin stays blocked either way.
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
    },
  },
  // The sitemap (only with SITE: it needs absolute URLs) lists the home and the articles; a share
  // page's canonical is its article, so share pages are left out, and so are the figures' embed pages (noindex).
  // buildGuard() last, so that it moves the finished build into dist/ after every other integration is done.
  integrations: [mdx(), sitemap({ filter: (page) => !isSharePageUrl(page) && !isEmbedPageUrl(page) }), buildGuard()],
});
