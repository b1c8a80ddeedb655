import { describe, expect, it } from 'vitest';
import { DETAIL_LABELS, OVERVIEW_LABELS, labelHitBox } from '../../src/lib/map-labels';

describe('labelHitBox(text, placement)', () => {
  it('grows with the text and stays tall enough for a 24 px target at 11 px labels', () => {
    const short = labelHitBox('Iran', { dx: 0, dy: 0, anchor: 'start' });
    const long = labelHitBox('Corea del Nord', { dx: 0, dy: 0, anchor: 'start' });
    expect(long[2]).toBeGreaterThan(short[2]);
    expect(short[3] * 11).toBeGreaterThanOrEqual(24);
  });

  it('sits right of its point for start, left for end, across it for middle', () => {
    const start = labelHitBox('Cina', { dx: 0.5, dy: 0, anchor: 'start' });
    const end = labelHitBox('Cina', { dx: -0.5, dy: 0, anchor: 'end' });
    const middle = labelHitBox('Cina', { dx: 0, dy: 0, anchor: 'middle' });
    expect(start[0]).toBeGreaterThan(0);
    expect(end[0] + end[2]).toBeLessThan(0);
    expect(middle[0]).toBeCloseTo(-middle[2] / 2, 2);
  });
});

describe('label placements', () => {
  it('are given in em, near their point', () => {
    for (const [id, placement] of Object.entries({ ...OVERVIEW_LABELS, ...DETAIL_LABELS })) {
      expect(Math.abs(placement.dx), id).toBeLessThan(10);
      expect(Math.abs(placement.dy), id).toBeLessThan(10);
    }
  });
});
