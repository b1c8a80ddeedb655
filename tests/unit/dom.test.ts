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
