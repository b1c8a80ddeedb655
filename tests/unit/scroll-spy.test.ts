import { describe, expect, it } from 'vitest';
import { pickCurrentSection } from '../../src/lib/scroll-spy';

describe('pickCurrentSection(headingTops, line, atPageEnd)', () => {
  it('is -1 while every heading is still below the line', () => {
    expect(pickCurrentSection([300, 900], 100, false)).toBe(-1);
  });

  it('picks the last heading that has passed the line', () => {
    expect(pickCurrentSection([-800, -20, 90, 700], 100, false)).toBe(2);
  });

  it('picks the last section at the end of the page even if its heading never reaches the line', () => {
    expect(pickCurrentSection([-900, -300, 400], 100, true)).toBe(2);
  });

  it('is -1 with no headings', () => {
    expect(pickCurrentSection([], 100, true)).toBe(-1);
  });
});
