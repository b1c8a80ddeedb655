import { describe, expect, it } from 'vitest';
import worldAtlas from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { axisCountryIds, buildOgCountries, conicShareImageProjection } from '../../src/lib/og-map';

const topology = worldAtlas as unknown as Topology;

describe('conicShareImageProjection(width, height)', () => {
  it('puts Pyongyang inside the map column, right of the title', () => {
    const [x, y] = conicShareImageProjection(1200, 630)([125.75, 39.02])!;
    expect(x).toBeGreaterThan(1200 * 0.38);
    expect(x).toBeLessThan(1200);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(630);
  });
});

describe('buildOgCountries(topology, width, height)', () => {
  const countries = buildOgCountries(topology, 1200, 630);
  it('keeps the countries of the region with path data', () => {
    const ids = countries.map((country) => country.id);
    for (const id of ['408', '410', '643', '392', '156']) expect(ids).toContain(id);
    expect(countries.every((country) => country.d.startsWith('M'))).toBe(true);
  });
  it('drops countries far outside the frame', () => {
    const ids = countries.map((country) => country.id);
    expect(ids).not.toContain('380');
    expect(ids).not.toContain('076');
  });
});

describe('axisCountryIds(actors)', () => {
  it('lists the axis countries inside the frame, leaving out the other camps and the off-map actors', () => {
    const actors = [
      { countryId: '408', camp: 'asse' as const, offMap: false },
      { countryId: '392', camp: 'occidente' as const, offMap: false },
      { countryId: '364', camp: 'asse' as const, offMap: true },
      { countryId: '643', camp: 'asse' as const, offMap: false },
    ];
    expect(axisCountryIds(actors)).toEqual(['408', '643']);
  });
});
