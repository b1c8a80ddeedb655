import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idFromHash } from '../../src/lib/dom';

describe('idFromHash(hash)', () => {
  it('decodes a percent-encoded fragment', () => {
    expect(idFromHash('#attore-corea-del-nord')).toBe('attore-corea-del-nord');
    expect(idFromHash('#caf%C3%A8')).toBe('cafè');
  });

  it('returns null for a malformed escape instead of throwing', () => {
    expect(idFromHash('#%E0%A4%A')).toBeNull();
  });

  it('returns null for an empty hash', () => {
    expect(idFromHash('')).toBeNull();
    expect(idFromHash('#')).toBeNull();
  });
});

describe('src/lib/dom.ts', () => {
  it('holds only what the browser scripts read: each export is named in a file of src/scripts', async () => {
    const scripts = new URL('../../src/scripts/', import.meta.url);
    const sources = readdirSync(scripts).map((file) => readFileSync(new URL(file, scripts), 'utf8'));
    const exported = Object.keys(await import('../../src/lib/dom'));
    expect(exported.length).toBeGreaterThan(5);
    // Imported, or (load-enhancements.ts, which must not import it) named beside its written-out value.
    const named = (name: string) => sources.some((source) => new RegExp(`\\b${name}\\b`).test(source));
    expect(exported.filter((name) => !named(name))).toEqual([]);
  });
});
