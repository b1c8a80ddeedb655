import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, buildOrThrow } from './build';

// Kept out of dist/, which a site owner may deploy right after `npm test`.
const STAMP = join(ROOT, 'node_modules', '.cache', 'ombra-test-build');

/** Builds dist/ once per `vitest run`, however many suites ask for it. */
export default async function setup(): Promise<void> {
  const runId = String(process.pid);
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId) return;
  // The default build: at the root, no SITE, as `npm start` makes it.
  await buildOrThrow(ROOT, { SITE: '', BASE: '' });
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, runId);
}
