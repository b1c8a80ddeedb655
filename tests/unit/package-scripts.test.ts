import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

describe('package.json', () => {
  it('has the scripts the README promises', () => {
    expect(Object.keys(pkg.scripts)).toEqual(
      expect.arrayContaining(['dev', 'build', 'preview', 'start', 'check', 'test']),
    );
    expect(pkg.scripts.start).toMatch(/astro build/);
    expect(pkg.engines.node).toBe('>=22.12.0');
  });

  it('runs only files that exist and binaries that are installed', () => {
    for (const [name, command] of Object.entries(pkg.scripts)) {
      for (const word of command.split(/\s+/)) {
        if (/\.(m?js|ts)$/.test(word)) expect(existsSync(new URL(word, root)), `${name}: ${word}`).toBe(true);
      }
      for (const step of command.split('&&')) {
        const [binary, verb, script] = step.trim().split(/\s+/);
        // `npm run <script>` runs another script of this file; node and npm come with Node itself.
        if (binary === 'npm') expect(verb === 'run' && script! in pkg.scripts, `${name}: ${step}`).toBe(true);
        else if (binary !== 'node')
          expect(existsSync(new URL(`node_modules/.bin/${binary}`, root)), `${name}: ${binary}`).toBe(true);
      }
    }
  });

  it('says in the README the two set-up commands', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
