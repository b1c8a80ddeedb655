import { describe, expect, it } from 'vitest';
import { simplifyPath } from '../../src/lib/svg-path';

describe('simplifyPath(d, minDistance, minRingSize)', () => {
  it('drops points closer than minDistance to the last kept one, keeping both ends', () => {
    expect(simplifyPath('M0,0L0.2,0L1,0L1.1,0L2,0', 0.5)).toBe('M0,0L1,0L2,0');
  });

  it('keeps a closed ring closed', () => {
    expect(simplifyPath('M0,0L10,0L10,0.1L10,10L0,10Z', 1)).toBe('M0,0L10,0L10,10L0,10Z');
  });

  it('drops closed rings smaller than minRingSize and keeps the others', () => {
    expect(simplifyPath('M0,0L0.5,0L0.5,0.5Z M5,5L15,5L15,15Z', 0, 2)).toBe('M5,5L15,5L15,15Z');
  });

  it('drops a ring left with fewer than three points', () => {
    expect(simplifyPath('M0,0L0.1,0L0,0.1Z', 1)).toBe('');
  });

  it('returns an empty string for an empty path', () => {
    expect(simplifyPath('', 1)).toBe('');
  });
});
