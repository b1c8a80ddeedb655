import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, buildOrThrow } from './build';

const STAMP = join(ROOT, 'dist', '.test-build');

/** Builds dist/ once per `vitest run`, however many suites ask for it. */
export default async function setup(): Promise<void> {
  const runId = String(process.pid);
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runId) return;
  // The default build: at the root, no SITE, as `npm start` makes it.
  await buildOrThrow(ROOT, { SITE: '', BASE: '' });
  writeFileSync(STAMP, runId);
}
