/**
 * Three guarantees for whoever deploys dist/: a broken content data file stops the build before Astro
 * can fall back to its cache, a link already shared (content/permalinks.json) still lands, and a
 * failed build never leaves a half-written dist/. Astro empties
 * its output folder first and fails partway (a content error stops page rendering), so the build
 * writes to a staging folder that replaces dist/ only once every page is written.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findJsonSyntaxError } from '../lib/data-files';
import { assertPermalinksResolve } from './permalink-check';

const STAGING = './.astro/build-staging/';

function assertDataFilesParse(contentDir: URL): void {
  const folder = fileURLToPath(contentDir);
  const problems = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => findJsonSyntaxError(`content/${name}`, readFileSync(`${folder}/${name}`, 'utf8')))
    .filter((problem) => problem !== null);
  if (problems.length > 0) throw new Error(`Invalid content:\n- ${problems.join('\n- ')}`);
}

export function buildGuard(): AstroIntegration {
  let root: URL | undefined;
  let outDir: URL | undefined;
  let staging: URL | undefined;
  return {
    name: 'build-guard',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        assertDataFilesParse(new URL('./content/', config.root));
        if (command !== 'build') return;
        root = config.root;
        outDir = config.outDir;
        staging = new URL(STAGING, config.root);
        updateConfig({ outDir: staging });
      },
      'astro:build:done': ({ logger }) => {
        if (!root || !outDir || !staging || !existsSync(staging)) return;
        // Checked on the finished pages, before they replace dist/.
        assertPermalinksResolve(fileURLToPath(root), fileURLToPath(staging));
        rmSync(outDir, { recursive: true, force: true });
        renameSync(staging, outDir);
        logger.info(`moved the finished build to ${fileURLToPath(outDir)}`);
      },
    },
  };
}
