import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO_CLI = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
  code: number | null;
  output: string;
}

/** Runs `astro build` in `root` with the same Node as the tests; never throws, returns the log. */
export function runAstroBuild(
  root: string,
  env: Record<string, string | undefined> = {},
  args: string[] = [],
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_CLI, 'build', ...args], {
      cwd: root,
      // Vitest puts BASE_URL=/ in process.env, and Vite would let it override the BASE the build
      // is given; undefined drops it from the child's environment.
      // NO_COLOR: the log is read as text; in CI Astro would otherwise wrap field names in colour codes.
      env: {
        ...process.env,
        BASE_URL: undefined,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: stripVTControlCharacters(output) }));
  });
}

/** Builds and throws with the log when the build fails. */
export async function buildOrThrow(
  root: string,
  env: Record<string, string | undefined> = {},
  args: string[] = [],
): Promise<void> {
  const result = await runAstroBuild(root, env, args);
  if (result.code !== 0) throw new Error(`astro build failed in ${root}:\n${result.output}`);
}
