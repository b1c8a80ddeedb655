import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** JAVA_HOME's java if set, else `java` on PATH; a clear error naming the package otherwise. */
export function findJava(): string {
  const home = process.env.JAVA_HOME;
  const candidate = home && existsSync(join(home, 'bin', 'java')) ? join(home, 'bin', 'java') : 'java';
  const probe = spawnSync(candidate, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'No Java runtime for the Nu HTML Checker (vnu.jar). Install one (Debian/Ubuntu: ' +
        '`apt-get update && apt-get install -y default-jre-headless`) or set JAVA_HOME.',
    );
  }
  return candidate;
}
