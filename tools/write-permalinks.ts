/**
 * `npm run permalinks`: after a build, adds to content/permalinks.json every fragment and share page
 * the built dist/ publishes. It reads the built pages rather than the content, so the list holds what
 * a reader could have copied, by the same reading the build's check uses; nothing listed is dropped.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltArticle, readJsonFile } from '../src/integrations/permalink-check';
import { ARTICLE_DIR } from '../src/lib/content-files';
import { PERMALINKS_FILE, listPublished, mergePermalinks } from '../src/lib/permalinks';

const root = fileURLToPath(new URL('..', import.meta.url));
const slugs = readdirSync(join(root, ARTICLE_DIR))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.slice(0, -'.mdx'.length));
const published = slugs.flatMap((slug) => {
  const article = readBuiltArticle(join(root, 'dist'), slug);
  if (!article) throw new Error(`dist/${slug}/index.html is missing: build first (npm run permalinks does)`);
  return listPublished(slug, article);
});
const listed = readJsonFile<string[]>(root, PERMALINKS_FILE, []);
const merged = mergePermalinks(listed, published);
writeFileSync(join(root, PERMALINKS_FILE), `${JSON.stringify(merged, null, 2)}\n`);
console.log(`${PERMALINKS_FILE}: ${merged.length} permalinks, ${merged.length - listed.length} new`);
