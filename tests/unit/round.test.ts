import { describe, expect, it } from 'vitest';
import { round, roundPoint } from '../../src/lib/round';

describe('round(value, digits)', () => {
  it('keeps one decimal unless told otherwise', () => {
    expect(round(3.14159)).toBe(3.1);
    expect(round(3.14159, 2)).toBe(3.14);
    expect(round(2.5, 0)).toBe(3);
    expect(round(-7.26)).toBe(-7.3);
  });
});

describe('roundPoint(point)', () => {
  it('rounds both coordinates to a tenth', () => {
    expect(roundPoint([1.26, 7.04])).toEqual([1.3, 7]);
  });
});
