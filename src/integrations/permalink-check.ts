/**
 * The built site against content/permalinks.json and content/aliases.json: every published fragment
 * and share page must still resolve, and every alias land. build-guard.ts runs it on the staging
 * folder, so a failure leaves dist/ untouched; tools/write-permalinks.ts reads dist/ the same way.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALIASES_FILE, findAliasProblems, type Aliases } from '../lib/aliases';
import { readBuiltPage, type BuiltPage } from '../lib/built-page';
import { PERMALINKS_FILE, findBrokenPermalinks, parsePermalink, type BuiltArticle } from '../lib/permalinks';

export type BuiltArticlePage = BuiltArticle & BuiltPage;

/** The article `slug` as built in `outDir`, or undefined if it has no page there. */
export function readBuiltArticle(outDir: string, slug: string): BuiltArticlePage | undefined {
  const page = join(outDir, slug, 'index.html');
  if (!existsSync(page)) return undefined;
  const shareDir = join(outDir, slug, 'condividi');
  const sharePages = existsSync(shareDir)
    ? readdirSync(shareDir).filter((name) => existsSync(join(shareDir, name, 'index.html')))
    : [];
  return { ...readBuiltPage(readFileSync(page, 'utf8'), slug), sharePages };
}

export function readJsonFile<T>(root: string, file: string, fallback: T): T {
  const path = join(root, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : fallback;
}

/** Throws, one line per problem, if a listed permalink or an alias does not resolve in `outDir`. */
export function assertPermalinksResolve(root: string, outDir: string): void {
  const listed = readJsonFile<unknown>(root, PERMALINKS_FILE, []);
  if (!Array.isArray(listed) || !listed.every((path) => typeof path === 'string'))
    throw new Error(
      `${PERMALINKS_FILE}: must be a list of paths ("/<article>/#<id>"), as npm run permalinks writes it`,
    );
  const aliases = readJsonFile<Record<string, Aliases>>(root, ALIASES_FILE, {});
  const slugs = new Set([...listed.flatMap((path) => parsePermalink(path)?.slug ?? []), ...Object.keys(aliases)]);
  const built = new Map([...slugs].map((slug) => [slug, readBuiltArticle(outDir, slug)]));
  const problems = [...findBrokenPermalinks(listed, built), ...findAliasProblems(aliases, built)];
  if (problems.length > 0) throw new Error(`Published links that no longer resolve:\n- ${problems.join('\n- ')}`);
}
