import { describe, expect, it } from 'vitest';
import { relativePath, simplifyPath } from '../../src/lib/svg-path';

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

describe('relativePath(d)', () => {
  it('writes every line after the first point as a step from the point before', () => {
    expect(relativePath('M204,694L191,685L194,670L203,664Z')).toBe('M204,694l-13-9 3-15 9-6z');
  });

  it('keeps each ring starting at its absolute point, open rings open', () => {
    expect(relativePath('M0,0L10,0L10,10ZM20,20L25,20')).toBe('M0,0l10,0 0,10zM20,20l5,0');
  });

  it('rounds steps from the position written so far, so errors do not add up', () => {
    // Ten steps of 0.333 to one decimal: rounded alone each is 0.3 and they add up to 3.0;
    // taken from the position written so far they end at 3.3, within 0.05 of the true 3.33.
    const points = Array.from({ length: 11 }, (_, index) => `${(index * 0.333).toFixed(3)},0`);
    const d = relativePath(`M${points.join('L')}`, 1);
    const steps = d
      .slice(d.indexOf('l') + 1)
      .split(' ')
      .map((pair) => Number(pair.split(',')[0]));
    expect(steps.reduce((sum, step) => sum + step, 0)).toBeCloseTo(3.3, 5);
  });

  it('returns an empty string for an empty path', () => {
    expect(relativePath('')).toBe('');
  });
});
